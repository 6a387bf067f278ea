#include "connectors/connectorregistry.h"
#include "connectors/xlsx/xlsxconnector.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <atomic>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace miq;

// The workbooks are written here, part by part, with libzip: each case shows exactly the XML it
// reads, the way Excel and LibreOffice write it (shared strings, styles with number formats, sheets
// with <dimension>, <sheetData> and <mergeCells>).

namespace {

const QString Null = QStringLiteral("<null>");

QStringList cells(const char *text)
{
    if (!*text)
        return {};
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

QList<QStringList> rows(std::initializer_list<const char *> lines)
{
    QList<QStringList> result;
    for (const char *line : lines)
        result << cells(line);
    return result;
}

// <c> elements: c("B2", "3.5"), c("A1", "0", "s"), c("C4", "45352", nullptr, 1).
QByteArray c(const QByteArray &ref, const QByteArray &value, const char *type = nullptr, int style = -1)
{
    QByteArray xml = "<c";
    if (!ref.isNull())
        xml += " r=\"" + ref + "\"";
    if (type)
        xml += " t=\"" + QByteArray(type) + "\"";
    if (style >= 0)
        xml += " s=\"" + QByteArray::number(style) + "\"";
    if (value.isNull())
        return xml + "/>";
    if (type && qstrcmp(type, "inlineStr") == 0)
        return xml + "><is><t>" + value + "</t></is></c>";
    return xml + "><v>" + value + "</v></c>";
}

QByteArray row(int number, std::initializer_list<QByteArray> cellXml)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(number) + "\">";
    for (const QByteArray &cell : cellXml)
        xml += cell;
    return xml + "</row>";
}

QByteArray sharedStrings(std::initializer_list<const char *> strings)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const char *s : strings)
        xml += QByteArray(s).startsWith('<') ? QByteArray("<si>" + QByteArray(s) + "</si>")
                                             : QByteArray("<si><t>" + QByteArray(s) + "</t></si>");
    return xml + "</sst>";
}

// Cell styles of every test workbook (the s attribute indexes cellXfs):
//  0 General, 1 built-in 14 (m/d/yyyy), 2 built-in 22 (m/d/yyyy h:mm), 3 built-in 21 (h:mm:ss),
//  4 yyyy-mm-dd, 5 [h]:mm:ss, 6 0.00 "days" (a number: the d and y are quoted), 7 [$-409]mmm d, yyyy;@,
//  8 built-in 46 ([h]:mm:ss), 9 hh:mm AM/PM, 10 built-in 2 (0.00), 11 m/d/yy\ h:mm\ "h"
const QByteArray Styles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"6\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm:ss\"/><numFmt numFmtId=\"166\" formatCode=\"0.00&quot; days&quot;\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"[$-409]mmm d, yyyy;@\"/><numFmt numFmtId=\"168\" formatCode=\"hh:mm AM/PM\"/>"
    "<numFmt numFmtId=\"169\" formatCode=\"m/d/yy\\ h:mm\\ &quot;h&quot;\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"12\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"22\"/>"
    "<xf numFmtId=\"21\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/>"
    "<xf numFmtId=\"46\"/><xf numFmtId=\"168\"/><xf numFmtId=\"2\"/><xf numFmtId=\"169\"/></cellXfs>"
    "</styleSheet>";

struct Sheet
{
    QByteArray name;
    QByteArray rows;        // the <row> elements
    QByteArray dimension;   // e.g. "A1:C3"; none when empty
    QByteArray merges;      // e.g. "A1:B2 C3:C5"
    QByteArray state = {};  // "hidden", or empty for a visible sheet
    bool chart = false;     // a chart sheet: no table
};

struct Book
{
    QList<Sheet> sheets;
    QByteArray strings = sharedStrings({});
    bool date1904 = false;
};

QByteArray worksheetXml(const Sheet &sheet)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    if (!sheet.dimension.isEmpty())
        xml += "<dimension ref=\"" + sheet.dimension + "\"/>";
    xml += "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetData>" + sheet.rows + "</sheetData>";
    if (!sheet.merges.isEmpty()) {
        const QList<QByteArray> ranges = sheet.merges.split(' ');
        xml += "<mergeCells count=\"" + QByteArray::number(ranges.size()) + "\">";
        for (const QByteArray &range : ranges)
            xml += "<mergeCell ref=\"" + range + "\"/>";
        xml += "</mergeCells>";
    }
    return xml + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
}

using Parts = QMap<QString, QByteArray>;

Parts bookParts(const Book &book)
{
    Parts parts;
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    QByteArray sheetList;
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const Sheet &sheet = book.sheets.at(i);
        const QByteArray folder = sheet.chart ? "chartsheets" : "worksheets";
        parts.insert(QStringLiteral("xl/%1/sheet%2.xml").arg(QString::fromLatin1(folder)).arg(i + 1),
                     sheet.chart ? QByteArray("<chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")
                                 : worksheetXml(sheet));
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        QByteArray name = book.sheets.at(i).name;
        name.replace("&", "&amp;");
        sheetList += "<sheet name=\"" + name + "\" sheetId=\"" + n + "\"" +
                     (sheet.state.isEmpty() ? QByteArray() : " state=\"" + sheet.state + "\"") + " r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" +
                (sheet.chart ? "chartsheet" : "worksheet") + "\" Target=\"" + folder + "/sheet" + n + ".xml\"/>";
    }
    rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"/xl/styles.xml\"/>"
            "</Relationships>";
    parts.insert(QStringLiteral("[Content_Types].xml"), types + "</Types>");
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                 "</Relationships>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                 "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                 "<workbookPr" + QByteArray(book.date1904 ? " date1904=\"1\"" : "") + "/><sheets>" + sheetList +
                     "</sheets></workbook>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    parts.insert(QStringLiteral("xl/sharedStrings.xml"), book.strings);
    parts.insert(QStringLiteral("xl/styles.xml"), Styles);
    return parts;
}

bool writeZip(const QString &path, const Parts &parts)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // The buffers stay alive in `parts` until zip_close() writes them.
        zip_source_t *source = zip_source_buffer(archive, it->constData(), zip_uint64_t(it->size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(archive, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        // Deflated as Excel does, at the fastest level: the large sheets of some cases compress quickly.
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1);
    }
    return zip_close(archive) == 0;
}

ConnectionSettings settingsFor(const QString &path, const QVariantMap &extra = {})
{
    ConnectionSettings settings;
    settings.sourceName = QStringLiteral("Test");
    settings.values = extra;
    settings.values.insert(QStringLiteral("path"), path);
    return settings;
}

QVariantMap values(const char *text)
{
    QVariantMap map;
    for (const QString &pair : QString::fromUtf8(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        map.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return map;
}

struct ReadResult
{
    bool opened = false;
    QStringList columns;
    QList<QStringList> rows;
    QList<qint64> recordNumbers;
    QList<BadRecord> bad;
    QString error;
    QByteArray firstToken; // the resume token after the first batch
    qint64 bytesRead = -1;
    qint64 totalBytes = -1;
};

ReadResult readAll(const ConnectionSettings &settings, const QString &stream = QString(),
                   const ReadOptions &options = {}, int maxBatches = 1000000)
{
    ReadResult result;
    XlsxConnector connector(settings);
    Result<std::unique_ptr<StreamReader>> opened = connector.openStream(stream, options);
    if (!opened) {
        result.error = opened.error();
        return result;
    }
    result.opened = true;
    StreamReader &reader = **opened;
    for (const Field &field : *reader.schema()) {
        result.columns << field.name;
        if (field.type != ColumnType::String)
            result.error = QStringLiteral("column %1 is not a String column").arg(field.name);
    }
    RecordBatch batch;
    for (int batches = 0; batches < maxBatches; ++batches) {
        const Result<bool> more = reader.next(batch);
        result.bad += reader.takeBadRecords();
        if (!more) {
            result.error = more.error();
            break;
        }
        for (qint64 r = 0; r < batch.rowCount; ++r) {
            QStringList row;
            for (const Column &column : batch.columns)
                row << (column.isNull(r) ? Null : column.displayText(r));
            result.rows << row;
            result.recordNumbers << batch.recordNumber(r);
        }
        if (batches == 0)
            result.firstToken = reader.resumeToken();
        if (!*more)
            break;
    }
    result.bytesRead = reader.bytesRead();
    result.totalBytes = reader.totalBytes();
    return result;
}

} // namespace

class TestXlsxConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void read_data();
    void read();
    void dates_data();
    void dates();
    void mergedCells();
    void discoverSheets();
    void sheetSelection();
    void badRecords();
    void damagedSheet();
    void badInput_data();
    void badInput();
    void resume();
    void resumeRefused();
    void limitAndProgress();
    void cancel();
    void boundedMemory();
    void registry();

private:
    QString write(const Book &book, const QString &name = QStringLiteral("book.xlsx"));
    QString write(const QByteArray &sheetRows, const QByteArray &strings = sharedStrings({}));

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestXlsxConnector::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestXlsxConnector::write(const Book &book, const QString &name)
{
    const QString path = m_dir.filePath(QString::number(++m_files) + QLatin1Char('-') + name);
    if (!writeZip(path, bookParts(book)))
        return QString();
    return path;
}

QString TestXlsxConnector::write(const QByteArray &sheetRows, const QByteArray &strings)
{
    Book book;
    book.sheets = {{"Sheet1", sheetRows, {}, {}}};
    book.strings = strings;
    return write(book);
}

void TestXlsxConnector::read_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QByteArray>("strings");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QList<QStringList>>("expected");

    const QByteArray people = sharedStrings({"Name", "Age", "Ann", "Bob", "Member"});
    QTest::newRow("shared strings, header over numbers")
        << row(1, {c("A1", "0", "s"), c("B1", "1", "s"), c("C1", "4", "s")})
               + row(2, {c("A2", "2", "s"), c("B2", "41"), c("C2", "1", "b")})
               + row(3, {c("A3", "3", "s"), c("B3", "7.25"), c("C3", "0", "b")})
        << people << "auto" << cells("Name|Age|Member") << rows({"Ann|41|true", "Bob|7.25|false"});
    QTest::newRow("inline strings, escapes and rich text")
        << row(1, {c("A1", "Key", "inlineStr"), c("B1", "Value", "inlineStr")})
               + row(2, {c("A2", "k1", "inlineStr"), c("B2", "2")})
               + row(3, {c("A3", "0", "s"), "<c r=\"B3\" t=\"inlineStr\"><is><r><t>bold</t></r><r><t xml:space=\"preserve\"> and plain</t></r></is></c>"})
        << sharedStrings({"<r><t>line_x000D_</t></r><r><t>two</t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh>"})
        << "auto" << cells("Key|Value") << rows({"k1|2", "line\rtwo|bold and plain"});
    QTest::newRow("numbers in canonical text")
        << row(1, {c("A1", "n", "inlineStr")}) + row(2, {c("A2", "3.0")}) + row(3, {c("A3", "1E-3")})
               + row(4, {c("A4", "100000000000000000000")}) + row(5, {c("A5", "-0")})
               + row(6, {c("A6", "0.30000000000000004")}) + row(7, {c("A7", "1234567890123456789")})
               + row(8, {c("A8", "2.5", nullptr, 6)}) + row(9, {c("A9", "-17", nullptr, 10)})
        << sharedStrings({}) << "auto" << cells("n")
        << rows({"3", "0.001", "1e+20", "0", "0.30000000000000004", "1234567890123456768", "2.5", "-17"});
    QTest::newRow("errors are nulls, formulas give their values")
        << row(1, {c("A1", "x", "inlineStr"), c("B1", "y", "inlineStr")})
               + row(2, {c("A2", "#N/A", "e"), "<c r=\"B2\"><f>1+1</f><v>2</v></c>"})
               + row(3, {"<c r=\"A3\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>", "<c r=\"B3\"><f>NOW()</f></c>"})
               + row(4, {c("A4", "#DIV/0!", "e"), c("B4", "#VALUE!", "e")})
        << sharedStrings({}) << "auto" << cells("x|y") << rows({"<null>|2", "ab|<null>", "<null>|<null>"});
    QTest::newRow("gaps, ragged and empty rows, cells without references")
        << row(1, {c("A1", "a", "inlineStr"), c("B1", "b", "inlineStr"), c("C1", "c", "inlineStr"), c("D1", "d", "inlineStr")})
               + row(2, {c("A2", "1"), c("C2", "3")})
               + row(3, {c("B3", {}, nullptr, 1), c("C3", "", "inlineStr")})
               + row(5, {c("D5", "4")})
               + row(7, {c({}, "5"), c({}, "6")})
               + "<row><c><v>8</v></c><c r=\"C8\"><v>9</v></c></row>"
        << sharedStrings({}) << "auto" << cells("a|b|c|d")
        << rows({"1|<null>|3|<null>", "<null>|<null>|<null>|4", "5|6|<null>|<null>", "8|<null>|9|<null>"});
    QTest::newRow("duplicate and empty header names")
        << row(2, {c("B2", "Name", "inlineStr"), c("C2", "Name", "inlineStr"), c("E2", "Total", "inlineStr")})
               + row(3, {c("B3", "x", "inlineStr"), c("C3", "y", "inlineStr"), c("D3", "1"), c("E3", "2")})
        << sharedStrings({}) << "yes" << cells("Name|Name_2|D|Total") << rows({"x|y|1|2"});
    QTest::newRow("auto: text over text is no header")
        << row(1, {c("A1", "City", "inlineStr"), c("B1", "Country", "inlineStr")})
               + row(2, {c("A2", "Oslo", "inlineStr"), c("B2", "Norway", "inlineStr")})
        << sharedStrings({}) << "auto" << cells("A|B") << rows({"City|Country", "Oslo|Norway"});
    QTest::newRow("yes: text over text")
        << row(1, {c("A1", "City", "inlineStr"), c("B1", "Country", "inlineStr")})
               + row(2, {c("A2", "Oslo", "inlineStr"), c("B2", "Norway", "inlineStr")})
        << sharedStrings({}) << "yes" << cells("City|Country") << rows({"Oslo|Norway"});
    QTest::newRow("no: header row read as data")
        << row(1, {c("A1", "id", "inlineStr")}) + row(2, {c("A2", "1")})
        << sharedStrings({}) << "no" << cells("A") << rows({"id", "1"});
    QTest::newRow("auto: repeated texts are no header")
        << row(1, {c("A1", "x", "inlineStr"), c("B1", "x", "inlineStr")}) + row(2, {c("A2", "1"), c("B2", "2")})
        << sharedStrings({}) << "auto" << cells("A|B") << rows({"x|x", "1|2"});
    QTest::newRow("auto: the typed value may come a few rows down")
        << row(1, {c("A1", "name", "inlineStr"), c("B1", "born", "inlineStr")})
               + row(2, {c("A2", "Ann", "inlineStr")}) + row(3, {c("A3", "Bob", "inlineStr"), c("B3", "45352", nullptr, 1)})
        << sharedStrings({}) << "auto" << cells("name|born") << rows({"Ann|<null>", "Bob|2024-03-01"});
    QTest::newRow("namespace prefixes")
        << QByteArray("<x:row xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r=\"1\">"
                      "<x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\"><x:v>2.5</x:v></x:c></x:row>")
        << sharedStrings({"p"}) << "no" << cells("A|B") << rows({"p|2.5"});
    QTest::newRow("ISO date cells")
        << row(1, {c("A1", "d", "inlineStr"), c("B1", "dt", "inlineStr")})
               + row(2, {c("A2", "2024-03-01T00:00:00Z", "d", 1), c("B2", "2024-03-01T12:30:00", "d", 2)})
        << sharedStrings({}) << "auto" << cells("d|dt") << rows({"2024-03-01|2024-03-01T12:30:00"});
}

void TestXlsxConnector::read()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QByteArray, strings);
    QFETCH(QString, header);
    QFETCH(QStringList, columns);
    QFETCH(QList<QStringList>, expected);

    const QString path = write(sheet, strings);
    QVERIFY(!path.isEmpty());
    const ReadResult result = readAll(settingsFor(path, {{QStringLiteral("header"), header}}));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns, columns);
    QCOMPARE(result.rows, expected);
    QVERIFY(result.bad.isEmpty());
    QList<qint64> numbers;
    for (qsizetype i = 0; i < expected.size(); ++i)
        numbers << i;
    QCOMPARE(result.recordNumbers, numbers);
}

void TestXlsxConnector::dates_data()
{
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("serial");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1900: first day") << false << QByteArray("1") << 1 << "1900-01-01";
    QTest::newRow("1900: before the phantom leap day") << false << QByteArray("59") << 1 << "1900-02-28";
    QTest::newRow("1900: Lotus 1900-02-29") << false << QByteArray("60") << 1 << "1900-02-29";
    QTest::newRow("1900: after the phantom leap day") << false << QByteArray("61") << 1 << "1900-03-01";
    QTest::newRow("1900: a date") << false << QByteArray("45352") << 1 << "2024-03-01";
    QTest::newRow("1900: leap day 2024") << false << QByteArray("45351") << 4 << "2024-02-29";
    QTest::newRow("1900: last day Excel shows") << false << QByteArray("2958465") << 1 << "9999-12-31";
    QTest::newRow("1900: beyond it, the number") << false << QByteArray("2958466") << 1 << "2958466";
    QTest::newRow("1900: negative, the number") << false << QByteArray("-1") << 1 << "-1";
    QTest::newRow("date and time") << false << QByteArray("45352.520833333336") << 2 << "2024-03-01T12:30:00";
    QTest::newRow("date and time at midnight") << false << QByteArray("45352") << 2 << "2024-03-01T00:00:00";
    QTest::newRow("milliseconds") << false << QByteArray("45352.00000578704") << 2 << "2024-03-01T00:00:00.500";
    QTest::newRow("date format keeps a time part") << false << QByteArray("45352.75") << 1 << "2024-03-01T18:00:00";
    QTest::newRow("time of day") << false << QByteArray("0.5") << 3 << "12:00:00";
    QTest::newRow("time with AM/PM format") << false << QByteArray("0.75") << 9 << "18:00:00";
    QTest::newRow("time format on a date keeps the date") << false << QByteArray("45352.25") << 3 << "2024-03-01T06:00:00";
    QTest::newRow("custom [h]:mm:ss duration") << false << QByteArray("1.5") << 5 << "36:00:00";
    QTest::newRow("built-in 46 duration") << false << QByteArray("0.0625") << 8 << "01:30:00";
    QTest::newRow("quoted days is a number") << false << QByteArray("3.5") << 6 << "3.5";
    QTest::newRow("[$-409] locale prefix") << false << QByteArray("45352") << 7 << "2024-03-01";
    QTest::newRow("escaped literal h is no hour") << false << QByteArray("45352.5") << 11 << "2024-03-01T12:00:00";
    QTest::newRow("number format 2") << false << QByteArray("45352") << 10 << "45352";
    QTest::newRow("1904: day zero") << true << QByteArray("0") << 1 << "1904-01-01";
    QTest::newRow("1904: a date") << true << QByteArray("43890") << 4 << "2024-03-01";
    QTest::newRow("1904: date and time") << true << QByteArray("43890.25") << 2 << "2024-03-01T06:00:00";
}

void TestXlsxConnector::dates()
{
    QFETCH(bool, date1904);
    QFETCH(QByteArray, serial);
    QFETCH(int, style);
    QFETCH(QString, expected);

    Book book;
    book.date1904 = date1904;
    book.sheets = {{"Dates", row(1, {c("A1", "when", "inlineStr")}) + row(2, {c("A2", serial, nullptr, style)}), {}, {}}};
    const QString path = write(book);
    const ReadResult result = readAll(settingsFor(path, values("header=yes")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows, QList<QStringList>{{expected}});
}

void TestXlsxConnector::mergedCells()
{
    // A1:B1 is a merged header; A2:A4 a merged group label with row 3 absent from the XML (Excel
    // leaves out rows without cells); C2:C3 a merged range whose top-left cell is empty.
    Book book;
    book.sheets = {{"Merged",
                    row(1, {c("A1", "Region", "inlineStr"), c("C1", "Sales", "inlineStr")})
                        + row(2, {c("A2", "North", "inlineStr"), c("B2", "Oslo", "inlineStr"), c("C2", {}, nullptr, 0)})
                        + row(4, {c("B4", "Bergen", "inlineStr"), c("C4", "12")})
                        + row(5, {c("A5", "South", "inlineStr"), c("B5", "Rome", "inlineStr"), c("C5", "7")}),
                    "A1:C5", "A1:B1 A2:A4 C2:C3"}};
    const QString path = write(book);

    const ReadResult plain = readAll(settingsFor(path, values("header=yes")));
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
    QCOMPARE(plain.columns, cells("Region|B|Sales"));
    QCOMPARE(plain.rows, rows({"North|Oslo|<null>", "<null>|Bergen|12", "South|Rome|7"}));

    const ReadResult filled = readAll(settingsFor(path, values("header=yes;fill_merged=true")));
    QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));
    QCOMPARE(filled.columns, cells("Region|Region_2|Sales"));
    QCOMPARE(filled.rows, rows({"North|Oslo|<null>", "North|<null>|<null>", "North|Bergen|12", "South|Rome|7"}));

    // Resuming a filled stream after the merged range started still fills it.
    ReadOptions options;
    options.batchRows = 1;
    const ReadResult first = readAll(settingsFor(path, values("header=yes;fill_merged=true")), QString(), options, 1);
    QCOMPARE(first.rows.size(), 1);
    options.resumeFrom = first.firstToken;
    const ReadResult rest = readAll(settingsFor(path, values("header=yes;fill_merged=true")), QString(), options);
    QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
    QCOMPARE(rest.rows, rows({"North|<null>|<null>", "North|Bergen|12", "South|Rome|7"}));
    QCOMPARE(rest.recordNumbers, (QList<qint64>{1, 2, 3}));
}

void TestXlsxConnector::discoverSheets()
{
    Book book;
    book.strings = sharedStrings({"id", "when", "note"});
    book.date1904 = true;
    book.sheets = {{"Orders",
                    row(1, {c("A1", "0", "s"), c("B1", "1", "s"), c("C1", "2", "s")})
                        + row(2, {c("A2", "1"), c("B2", "43890", nullptr, 1), c("C2", "#N/A", "e")})
                        + row(3, {c("A3", "2"), c("B3", "43891.5", nullptr, 2), c("C3", "ok", "inlineStr")}),
                    "A1:C3", {}},
                   {"Empty", {}, {}, {}},
                   {"Chart", {}, {}, {}, {}, true},
                   {"Notes & more", row(1, {c("B1", "free text", "inlineStr")}) + row(3, {c("B3", "more", "inlineStr")}), {}, {}, "hidden"}};
    const QString path = write(book);

    XlsxConnector connector(settingsFor(path));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    QCOMPARE(streams->size(), 3);

    const StreamInfo &orders = streams->at(0);
    QCOMPARE(orders.name, QStringLiteral("Orders"));
    QCOMPARE(orders.kind, StreamInfo::Kind::Table);
    QStringList names;
    QStringList natives;
    for (const ColumnInfo &column : orders.columns) {
        names << column.name;
        natives << column.nativeType;
        QCOMPARE(column.type, ColumnType::String);
    }
    QCOMPARE(names, cells("id|when|note"));
    QCOMPARE(natives, cells("number|mixed|text"));
    QCOMPARE(orders.rowEstimate, std::optional<qint64>(2));
    QVERIFY2(orders.detail.contains(QStringLiteral("1904")), qPrintable(orders.detail));
    QVERIFY2(orders.detail.contains(QStringLiteral("1 error cell")), qPrintable(orders.detail));

    QCOMPARE(streams->at(1).name, QStringLiteral("Empty"));
    QVERIFY(streams->at(1).columns.isEmpty());
    QCOMPARE(streams->at(1).rowEstimate, std::optional<qint64>(0));
    QCOMPARE(streams->at(2).name, QStringLiteral("Notes & more"));
    QCOMPARE(streams->at(2).columns.size(), 1);
    QCOMPARE(streams->at(2).columns.at(0).name, QStringLiteral("B"));
    QVERIFY2(streams->at(2).detail.contains(QStringLiteral("hidden sheet")), qPrintable(streams->at(2).detail));

    const Result<QString> summary = connector.checkConnection();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QVERIFY2(summary->contains(QStringLiteral("Orders, Empty, Notes & more")), qPrintable(*summary));

    // Each sheet is its own stream; an empty stream name reads the first.
    const ReadResult notes = readAll(settingsFor(path), QStringLiteral("Notes & more"));
    QVERIFY2(notes.error.isEmpty(), qPrintable(notes.error));
    QCOMPARE(notes.rows, rows({"free text", "more"}));
    QVERIFY(notes.bad.isEmpty());
    const ReadResult first = readAll(settingsFor(path));
    QCOMPARE(first.rows, rows({"1|2024-03-01|<null>", "2|2024-03-02T12:00:00|ok"}));
    const ReadResult empty = readAll(settingsFor(path), QStringLiteral("empty"));
    QVERIFY2(empty.error.isEmpty(), qPrintable(empty.error));
    QVERIFY(empty.columns.isEmpty());
    QVERIFY(empty.rows.isEmpty());

    // A damaged sheet is listed with the reason and does not hide the others.
    Book damaged = book;
    damaged.sheets[0].rows = "<row r=\"1\"><c r=\"A1\"><v>1</c></row>";
    XlsxConnector partly(settingsFor(write(damaged)));
    const Result<QList<StreamInfo>> listed = partly.discover();
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(listed->size(), 3);
    QVERIFY(listed->at(0).columns.isEmpty());
    QVERIFY2(listed->at(0).detail.contains(QStringLiteral("sheet 'Orders'")), qPrintable(listed->at(0).detail));
    QCOMPARE(listed->at(2).columns.size(), 1);

    const ReadResult missing = readAll(settingsFor(path), QStringLiteral("Invoices"));
    QVERIFY(!missing.opened);
    QVERIFY2(missing.error.contains(QStringLiteral("no sheet 'Invoices'")), qPrintable(missing.error));
    QVERIFY2(missing.error.contains(QStringLiteral("Orders, Empty, Notes & more")), qPrintable(missing.error));
}

void TestXlsxConnector::sheetSelection()
{
    Book book;
    book.sheets = {{"One", row(1, {c("A1", "1")}), {}, {}}, {"Two", row(1, {c("A1", "2")}), {}, {}}};
    const QString path = write(book);

    XlsxConnector connector(settingsFor(path, values("sheets=two")));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    QCOMPARE(streams->size(), 1);
    QCOMPARE(streams->at(0).name, QStringLiteral("Two"));
    QCOMPARE(readAll(settingsFor(path, values("sheets=Two"))).rows, rows({"2"}));
    const ReadResult outside = readAll(settingsFor(path, values("sheets=Two")), QStringLiteral("One"));
    QVERIFY(!outside.opened);

    XlsxConnector unknown(settingsFor(path, values("sheets=One,Three")));
    const Result<QString> checked = unknown.checkConnection();
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(QStringLiteral("no worksheet 'Three'")), qPrintable(checked.error()));
    QVERIFY2(checked.error().contains(QStringLiteral("One, Two")), qPrintable(checked.error()));
}

void TestXlsxConnector::badRecords()
{
    Book book;
    book.strings = sharedStrings({"a", "b"});
    book.sheets = {{"Data",
                    row(1, {c("A1", "0", "s"), c("B1", "1", "s")})
                        + row(2, {c("A2", "1"), c("B2", "2")})
                        + row(3, {c("A3", "3"), c("B3", "7", "s")})      // no shared string 7
                        + row(4, {c("A4", "abc"), c("B4", "4")})         // not a number
                        + row(5, {c("A5", "5"), c("B5", "yes", "b")})    // not a boolean
                        + row(6, {c("B6", "6"), c("A6", "6")})           // out of order
                        + row(7, {c("A7", "7"), c("B7", "8")}),
                    "A1:B7", {}}};
    QString path = write(book);
    ReadResult result = readAll(settingsFor(path));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows, rows({"1|2", "7|8"}));
    QCOMPARE(result.recordNumbers, (QList<qint64>{0, 5}));
    QCOMPARE(result.bad.size(), 4);
    QCOMPARE(result.bad.at(0).recordNumber, 1);
    QCOMPARE(result.bad.at(0).line, 3);
    QCOMPARE(result.bad.at(0).location, QStringLiteral("Data!B3"));
    QCOMPARE(result.bad.at(0).column, QStringLiteral("b"));
    QVERIFY2(result.bad.at(0).reason.contains(QStringLiteral("shared string 7")), qPrintable(result.bad.at(0).reason));
    QCOMPARE(result.bad.at(0).raw, QByteArray("A3=3"));
    QCOMPARE(result.bad.at(1).location, QStringLiteral("Data!A4"));
    QVERIFY(result.bad.at(1).reason.contains(QStringLiteral("'abc' is not a number")));
    QCOMPARE(result.bad.at(2).column, QStringLiteral("b"));
    QCOMPARE(result.bad.at(3).line, 6);
    QVERIFY(result.bad.at(3).reason.contains(QStringLiteral("out of order")));

    // A value right of the columns the first rows showed (a sheet without a dimension).
    QByteArray sheet = row(1, {c("A1", "x", "inlineStr")});
    for (int r = 2; r <= int(XlsxConnector::SampleRows) + 1; ++r)
        sheet += row(r, {c("A" + QByteArray::number(r), "1")});
    const int late = int(XlsxConnector::SampleRows) + 2;
    sheet += row(late, {c("A" + QByteArray::number(late), "2"), c("C" + QByteArray::number(late), "3")});
    Book quoted;
    quoted.sheets = {{"Q1 sales", sheet, {}, {}}};
    path = write(quoted);
    result = readAll(settingsFor(path));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns, cells("x"));
    QCOMPARE(result.rows.size(), int(XlsxConnector::SampleRows));
    QCOMPARE(result.bad.size(), 1);
    QCOMPARE(result.bad.at(0).line, late);
    QCOMPARE(result.bad.at(0).column, QStringLiteral("C"));
    QCOMPARE(result.bad.at(0).location, QStringLiteral("'Q1 sales'!C%1").arg(late));
    QCOMPARE(result.bad.at(0).raw, "A" + QByteArray::number(late) + "=2\tC" + QByteArray::number(late) + "=3");
    QVERIFY2(result.bad.at(0).reason.contains(QStringLiteral("outside the columns A to A")), qPrintable(result.bad.at(0).reason));
}

void TestXlsxConnector::damagedSheet()
{
    // Well-formed up to row 3, then a cell that never closes: the rows before it arrive, then an
    // error naming the sheet, its part and the XML line.
    Book book;
    book.sheets = {{"Good", row(1, {c("A1", "1")}), {}, {}},
                   {"Broken", row(1, {c("A1", "h", "inlineStr")}) + row(2, {c("A2", "1")}) + "\n" + row(3, {c("A3", "2")}) + "\n<row r=\"4\"><c r=\"A4\"><v>3</v></row>", {}, {}}};
    const QString path = write(book);
    const ReadResult result = readAll(settingsFor(path, values("header=no")), QStringLiteral("Broken"));
    QVERIFY(result.opened);
    QCOMPARE(result.rows, rows({"h", "1", "2"}));
    QVERIFY2(result.error.contains(QStringLiteral("sheet 'Broken'")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("xl/worksheets/sheet2.xml")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("line 4")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("source 'Test'")), qPrintable(result.error));

    // Damaged compressed data: the zip library's reason, naming the sheet.
    QByteArray big;
    for (int r = 1; r <= 20000; ++r)
        big += row(r, {c("A" + QByteArray::number(r), QByteArray::number(r * 7919 % 10007))});
    Book corrupt;
    corrupt.sheets = {{"Big", big, {}, {}}};
    const QString corruptPath = write(corrupt);
    {
        QFile file(corruptPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.write(QByteArray(64, '\x55')) == 64);
    }
    const ReadResult inflated = readAll(settingsFor(corruptPath, values("header=no")));
    // Inflating garbage may pass until the checksum at the end: either way the sheet is named.
    QVERIFY(inflated.rows.size() < 20000);
    QVERIFY2(inflated.error.contains(QStringLiteral("sheet 'Big' of '")), qPrintable(inflated.error));
    QVERIFY2(inflated.error.contains(QStringLiteral("damaged")) || inflated.error.startsWith(QStringLiteral("Cannot read")),
             qPrintable(inflated.error));

    // Damaged before any row: opening fails with the same message.
    Book early;
    early.sheets = {{"Bad", "<row r=\"1\"><c r=\"A1\"><v>1</c></row>", {}, {}}};
    const ReadResult none = readAll(settingsFor(write(early)));
    QVERIFY(!none.opened);
    QVERIFY2(none.error.contains(QStringLiteral("sheet 'Bad'")), qPrintable(none.error));
    QVERIFY2(none.error.contains(QStringLiteral("not valid at line")), qPrintable(none.error));
}

void TestXlsxConnector::badInput_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << QByteArray("missing") << "Cannot open 'bad.xlsx' in source 'Test'";
    QTest::newRow("not a zip") << QByteArray("text") << "'bad.xlsx' in source 'Test' is not an Excel workbook";
    QTest::newRow("empty file") << QByteArray("empty") << "is not an Excel workbook";
    QTest::newRow("encrypted workbook") << QByteArray("encrypted") << "password-protected workbooks are not supported";
    QTest::newRow("old .xls") << QByteArray("xls") << "Excel 97-2003 workbook (.xls)";
    QTest::newRow("zip without a workbook") << QByteArray("zip") << "is a zip archive but not an Excel workbook";
    QTest::newRow("OpenDocument spreadsheet") << QByteArray("ods") << "OpenDocument spreadsheet (.ods)";
    QTest::newRow("truncated zip") << QByteArray("truncated") << "Cannot read 'bad.xlsx' in source 'Test'";
}

// An OLE2 compound file: the signature, a header naming the first directory sector, and a
// directory of UTF-16 stream names, which is what tells an encrypted workbook from an .xls.
static QByteArray compoundFile(std::initializer_list<const char *> streams)
{
    QByteArray bytes(512, '\0');
    bytes.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    bytes[0x1a] = 0x3e; // minor version
    bytes[0x1c] = '\xfe';
    bytes[0x1d] = '\xff'; // little-endian
    bytes[0x1e] = 9;      // 512-byte sectors
    QByteArray directory(512, '\0');
    int entry = 0;
    for (const char *name : {"Root Entry"}) {
        for (int i = 0; name[i]; ++i)
            directory[entry * 128 + 2 * i] = name[i];
        ++entry;
    }
    for (const char *name : streams) {
        for (int i = 0; name[i]; ++i)
            directory[entry * 128 + 2 * i] = name[i];
        ++entry;
    }
    return bytes + directory;
}

void TestXlsxConnector::badInput()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.xlsx"));
    const auto writeBytes = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    };
    if (kind == "text") {
        writeBytes("id,name\n1,Ann\n");
    } else if (kind == "empty") {
        writeBytes(QByteArray());
    } else if (kind == "encrypted") {
        writeBytes(compoundFile({"EncryptionInfo", "EncryptedPackage"}));
    } else if (kind == "xls") {
        writeBytes(compoundFile({"Workbook", "SummaryInformation"}));
    } else if (kind == "zip") {
        QVERIFY(writeZip(path, {{QStringLiteral("readme.txt"), "not a workbook"}}));
    } else if (kind == "ods") {
        QVERIFY(writeZip(path, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                                {QStringLiteral("content.xml"), "<office:document-content/>"}}));
    } else if (kind == "truncated") {
        Book book;
        book.sheets = {{"S", row(1, {c("A1", "1")}), {}, {}}};
        QVERIFY(writeZip(path, bookParts(book)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    }

    XlsxConnector connector(settingsFor(path));
    const Result<QString> checked = connector.checkConnection();
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(message), qPrintable(checked.error()));
    const ReadResult read = readAll(settingsFor(path));
    QVERIFY(!read.opened);
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
}

void TestXlsxConnector::resume()
{
    QByteArray sheet = row(1, {c("A1", "n", "inlineStr"), c("B1", "half", "inlineStr")});
    for (int r = 2; r <= 41; ++r) {
        if (r % 7 == 0)
            continue; // empty rows: absent from the XML
        const QByteArray n = QByteArray::number(r);
        sheet += row(r, {c("A" + n, n), c("B" + n, QByteArray::number(r / 2.0))});
    }
    const QString path = write(sheet);
    const ReadResult whole = readAll(settingsFor(path));
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.rows.size(), 35);

    for (int batchRows : {1, 4, 10}) {
        ReadOptions options;
        options.batchRows = batchRows;
        const ReadResult first = readAll(settingsFor(path), QString(), options, 1);
        QCOMPARE(first.rows.size(), batchRows);
        QVERIFY(!first.firstToken.isEmpty());
        options.resumeFrom = first.firstToken;
        const ReadResult rest = readAll(settingsFor(path), QString(), options);
        QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
        QCOMPARE(rest.columns, whole.columns);
        QCOMPARE(first.rows + rest.rows, whole.rows);
        QCOMPARE(first.recordNumbers + rest.recordNumbers, whole.recordNumbers);
    }
    // The token after the last batch resumes to nothing.
    ReadOptions options;
    options.batchRows = 100;
    const ReadResult all = readAll(settingsFor(path), QString(), options, 1);
    options.resumeFrom = all.firstToken;
    const ReadResult nothing = readAll(settingsFor(path), QString(), options);
    QVERIFY2(nothing.error.isEmpty(), qPrintable(nothing.error));
    QVERIFY(nothing.rows.isEmpty());
}

void TestXlsxConnector::resumeRefused()
{
    Book book;
    book.sheets = {{"A", row(1, {c("A1", "1")}) + row(2, {c("A2", "2")}), {}, {}},
                   {"B", row(1, {c("A1", "1")}) + row(2, {c("A2", "2")}), {}, {}}};
    const QString path = write(book);
    ReadOptions options;
    options.batchRows = 1;
    const ReadResult first = readAll(settingsFor(path), QStringLiteral("A"), options, 1);
    QVERIFY(!first.firstToken.isEmpty());
    options.resumeFrom = first.firstToken;

    ReadResult other = readAll(settingsFor(path), QStringLiteral("B"), options);
    QVERIFY(!other.opened);
    QVERIFY2(other.error.contains(QStringLiteral("settings of sheet 'B'")), qPrintable(other.error));
    other = readAll(settingsFor(path, values("header=yes")), QStringLiteral("A"), options);
    QVERIFY(!other.opened);
    QVERIFY2(other.error.contains(QStringLiteral("have changed")), qPrintable(other.error));

    options.resumeFrom = "garbage";
    other = readAll(settingsFor(path), QStringLiteral("A"), options);
    QVERIFY(!other.opened);
    QVERIFY2(other.error.contains(QStringLiteral("not a position in an Excel sheet")), qPrintable(other.error));

    // A rewritten file: same path, other content.
    options.resumeFrom = first.firstToken;
    book.sheets[0].rows += row(3, {c("A3", "3")});
    QVERIFY(writeZip(path, bookParts(book)));
    other = readAll(settingsFor(path), QStringLiteral("A"), options);
    QVERIFY(!other.opened);
    QVERIFY2(other.error.contains(QStringLiteral("has changed since the interrupted run")), qPrintable(other.error));
}

void TestXlsxConnector::limitAndProgress()
{
    QByteArray sheet = row(1, {c("A1", "n", "inlineStr")});
    for (int r = 2; r <= 3001; ++r)
        sheet += row(r, {c("A" + QByteArray::number(r), QByteArray::number(r))});
    const QString path = write(sheet);

    ReadOptions options;
    options.limitRows = 5;
    const ReadResult limited = readAll(settingsFor(path), QString(), options);
    QVERIFY2(limited.error.isEmpty(), qPrintable(limited.error));
    QCOMPARE(limited.rows, rows({"2", "3", "4", "5", "6"}));
    QVERIFY(limited.bytesRead < limited.totalBytes);

    options.limitRows = -1;
    options.batchRows = 1000;
    const ReadResult whole = readAll(settingsFor(path), QString(), options);
    QCOMPARE(whole.rows.size(), 3000);
    QVERIFY(whole.totalBytes > 0);
    QCOMPARE(whole.bytesRead, whole.totalBytes);
}

void TestXlsxConnector::cancel()
{
    QByteArray sheet;
    for (int r = 1; r <= 100; ++r)
        sheet += row(r, {c("A" + QByteArray::number(r), "1")});
    const QString path = write(sheet);
    std::atomic_bool stop = false;
    ReadOptions options;
    options.batchRows = 10;
    options.cancel = &stop;
    XlsxConnector connector(settingsFor(path));
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), options);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    RecordBatch batch;
    QVERIFY((*reader)->next(batch).ok());
    QCOMPARE(batch.rowCount, 10);
    stop = true;
    const Result<bool> next = (*reader)->next(batch);
    QVERIFY(!next.ok());
    QVERIFY2(next.error().contains(QStringLiteral("cancelled")), qPrintable(next.error()));
}

void TestXlsxConnector::boundedMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in quarantine: the peak resident size means nothing");
#elif defined(Q_OS_LINUX)
    // A sheet whose XML is far larger than what reading it may use: loading the sheet whole would
    // show in the peak resident size. 150,000 rows of 4 cells, about 24 MiB of XML.
    constexpr int rowCount = 150000;
    QString path;
    {
        QByteArray sheet;
        sheet.reserve(rowCount * 170);
        for (int r = 1; r <= rowCount; ++r) {
            const QByteArray n = QByteArray::number(r);
            sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"B" + n + "\" t=\"s\"><v>" +
                     QByteArray::number(r % 3) + "</v></c><c r=\"C" + n + "\" s=\"1\"><v>" + QByteArray::number(40000 + r % 5000) +
                     "</v></c><c r=\"D" + n + "\" t=\"inlineStr\"><is><t>row number " + n + " of the sheet</t></is></c></row>";
        }
        path = write(sheet, sharedStrings({"red", "green", "blue"}));
        QVERIFY(!path.isEmpty());
    }
    rusage before{};
    getrusage(RUSAGE_SELF, &before);

    XlsxConnector connector(settingsFor(path, values("header=no")));
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), {});
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    RecordBatch batch;
    qint64 rows = 0;
    while (true) {
        const Result<bool> more = (*reader)->next(batch);
        QVERIFY2(more.ok(), qPrintable(more.error()));
        if (!*more)
            break;
        rows += batch.rowCount;
    }
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    QCOMPARE(rows, rowCount);
    QCOMPARE(batch.columns.size(), std::size_t(4));
    const long grownKiB = after.ru_maxrss - before.ru_maxrss;
    QVERIFY2(grownKiB < 16 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(grownKiB)));
#else
    QSKIP("peak resident size is measured on Linux only");
#endif
}

void TestXlsxConnector::registry()
{
    ConnectorRegistry registry;
    registry.add(XlsxConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<XlsxConnector>(s); });
    const ConnectorSpec *spec = registry.spec(QStringLiteral("xlsx"));
    QVERIFY(spec);
    QCOMPARE(spec->fileSuffixes, cells("xlsx|xlsm"));
    QCOMPARE(spec->iconName, QStringLiteral("xlsx"));
    QVERIFY(spec->field(QStringLiteral("path"))->required);
    QCOMPARE(spec->field(QStringLiteral("path"))->kind, ConfigField::Kind::FilePath);
    QCOMPARE(spec->field(QStringLiteral("header"))->choices, cells("auto|yes|no"));
    QCOMPARE(spec->field(QStringLiteral("fill_merged"))->kind, ConfigField::Kind::Boolean);
    QVERIFY(spec->field(QStringLiteral("sheets")));
    QVERIFY(spec->secretKeys().isEmpty());

    Book book;
    book.sheets = {{"S", row(1, {c("A1", "1")}), {}, {}}};
    const QString path = write(book, QStringLiteral("macros.xlsm"));
    const auto forFile = registry.settingsForFile(path);
    QVERIFY2(forFile.ok(), qPrintable(forFile.error()));
    QCOMPARE(forFile->first, QStringLiteral("xlsx"));

    QVariantMap bad = values("header=maybe;fill_merged=sometimes");
    bad.insert(QStringLiteral("path"), path);
    QCOMPARE(registry.validate(QStringLiteral("xlsx"), bad, {}).size(), 2);

    Result<std::unique_ptr<Connector>> connector = registry.create(forFile->first, forFile->second);
    QVERIFY2(connector.ok(), qPrintable(connector.error()));
    const Result<QString> summary = (*connector)->checkConnection();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(*summary, QStringLiteral("1 sheet(s): S"));
}

QTEST_GUILESS_MAIN(TestXlsxConnector)
#include "tst_xlsxconnector.moc"
