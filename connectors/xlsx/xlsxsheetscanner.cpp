#include "connectors/xlsx/xlsxsheetscanner.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace miq {

namespace {

// Excel stops at XFD1048576; other writers (LibreOffice's large sheets, libraries) go further, so
// the reader only keeps references within what three letters and 2^30 rows can name.
constexpr int maxColumns = 18278; // ZZZ
constexpr qint64 maxRows = qint64(1) << 30;

XlsxCellKind cellKindOf(XlsxNumberKind kind)
{
    switch (kind) {
    case XlsxNumberKind::Number: return XlsxCellKind::Number;
    case XlsxNumberKind::Date: return XlsxCellKind::Date;
    case XlsxNumberKind::DateTime: return XlsxCellKind::DateTime;
    case XlsxNumberKind::Time: return XlsxCellKind::Time;
    case XlsxNumberKind::Duration: return XlsxCellKind::Duration;
    }
    return XlsxCellKind::Number;
}

// The kind of a date/time text by its shape: "2024-03-01", "12:30:00", "2024-03-01T12:30:00".
XlsxCellKind kindOfIsoText(std::string_view text)
{
    if (text.size() == 10 && text[4] == '-')
        return XlsxCellKind::Date;
    if (text.size() >= 8 && text[2] == ':')
        return XlsxCellKind::Time;
    return XlsxCellKind::DateTime;
}

} // namespace

bool parseCellReference(QStringView text, int &column, qint64 &row)
{
    qsizetype i = 0;
    int letters = 0;
    column = 0;
    while (i < text.size() && text[i] >= u'A' && text[i] <= u'Z' && letters < 3) {
        column = column * 26 + (text[i].unicode() - u'A' + 1);
        ++i;
        ++letters;
    }
    if (i < text.size() && text[i] == u'$')
        ++i;
    row = 0;
    const qsizetype digitsAt = i;
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9' && i - digitsAt < 10)
        row = row * 10 + (text[i++].unicode() - u'0');
    column -= 1;
    return letters > 0 && i == text.size() && i > digitsAt && row >= 1 && row <= maxRows && column < maxColumns;
}

bool parseRangeReference(QStringView text, XlsxRange &range)
{
    const qsizetype colon = text.indexOf(u':');
    const QStringView first = colon < 0 ? text : text.first(colon);
    const QStringView last = colon < 0 ? text : text.sliced(colon + 1);
    auto strip = [](QStringView ref) { return ref.startsWith(u'$') ? ref.sliced(1) : ref; };
    if (!parseCellReference(strip(first), range.firstColumn, range.firstRow) ||
        !parseCellReference(strip(last), range.lastColumn, range.lastRow))
        return false;
    if (range.lastRow < range.firstRow)
        std::swap(range.lastRow, range.firstRow);
    if (range.lastColumn < range.firstColumn)
        std::swap(range.lastColumn, range.firstColumn);
    return true;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

XlsxSheetScanner::XlsxSheetScanner(std::shared_ptr<XlsxWorkbook> workbook, XlsxSheet sheet)
    : m_workbook(std::move(workbook))
    , m_sheet(std::move(sheet))
{}

Status XlsxSheetScanner::open()
{
    if (Status loaded = m_workbook->loadSharedStrings(); !loaded)
        return loaded;
    m_strings = &m_workbook->sharedStrings();
    Result<std::unique_ptr<XlsxEntryDevice>> device = m_workbook->archive().openPart(m_sheet.part);
    if (!device)
        return Error(device.error());
    m_device = std::move(device).value();
    m_xml.setDevice(m_device.get());
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == u"dimension") {
            XlsxRange range;
            if (parseRangeReference(m_xml.attributes().value(QLatin1String("ref")), range))
                m_dimension = range;
        } else if (m_xml.name() == u"sheetData") {
            return {};
        }
    }
    if (m_xml.hasError()) {
        fail(QString());
        return Error(m_error);
    }
    m_xmlDone = true; // a sheet without data
    return {};
}

XlsxSheetScanner::Step XlsxSheetScanner::fail(const QString &cause)
{
    if (m_device && m_device->failed())
        m_error = tr("Cannot read %1: %2").arg(m_workbook->describeSheet(m_sheet.name), m_device->errorString());
    else
        m_error = tr("The %1 is damaged: its XML (%2) is not valid at line %3, column %4: %5")
                      .arg(m_workbook->describeSheet(m_sheet.name), m_sheet.part)
                      .arg(m_xml.lineNumber())
                      .arg(m_xml.columnNumber())
                      .arg(cause.isEmpty() ? m_xml.errorString() : cause);
    return Step::Error;
}

void XlsxSheetScanner::readText(std::string &out)
{
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Characters: appendUtf8(m_xml.text(), out); break;
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        default: break;
        }
    }
}

void XlsxSheetScanner::markBad(XlsxRow &row, int column, const QString &reason)
{
    if (row.badReason.isEmpty()) {
        row.badReason = reason;
        row.badColumn = column;
    }
}

XlsxSheetScanner::Step XlsxSheetScanner::readRow(XlsxRow &row)
{
    row.clear();
    if (m_xmlDone)
        return Step::End;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"sheetData") {
            m_xmlDone = true; // what follows (merged ranges, page setup) holds no rows
            return Step::End;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() != u"row") {
            m_xml.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attributes = m_xml.attributes(); // owns what `r` views
        const QStringView r = attributes.value(QLatin1String("r"));
        qint64 number = m_lastXmlRow + 1;
        if (!r.isEmpty()) {
            bool ok = false;
            number = r.toLongLong(&ok);
            if (!ok || number < 1 || number > maxRows)
                return fail(tr("the row number '%1' is not valid").arg(r.toString()));
        }
        if (number <= m_lastXmlRow)
            return fail(tr("row %1 comes after row %2").arg(number).arg(m_lastXmlRow));
        m_lastXmlRow = number;
        row.number = number;
        int lastColumn = -1;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType inner = m_xml.readNext();
            if (inner == QXmlStreamReader::EndElement)
                break; // </row>
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == u"c") {
                if (!readCell(row, lastColumn))
                    return fail(QString());
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return fail(QString());
        return Step::Row;
    }
    if (m_xml.hasError())
        return fail(QString());
    m_xmlDone = true;
    return fail(tr("the sheet data ends early"));
}

// Reads one <c> element; returns false on an XML error (the row is marked bad for cells that are
// well-formed XML but cannot be read).
bool XlsxSheetScanner::readCell(XlsxRow &row, int &lastColumn)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView ref = attributes.value(QLatin1String("r"));
    const QStringView type = attributes.value(QLatin1String("t"));
    const QStringView style = attributes.value(QLatin1String("s"));
    int column = lastColumn + 1;
    bool referenceOk = true;
    if (!ref.isEmpty()) {
        qint64 refRow = 0;
        referenceOk = parseCellReference(ref, column, refRow);
    }

    m_value.clear();
    const std::size_t inlineBegin = row.text.size();
    bool hasValue = false;
    bool hasInline = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break; // </c>
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == u"v") {
            readText(m_value);
            hasValue = true;
        } else if (m_xml.name() == u"is") {
            // Inline rich text: the runs' <t> texts, not the phonetic guides (<rPh>).
            hasInline = true;
            while (!m_xml.atEnd()) {
                const QXmlStreamReader::TokenType t = m_xml.readNext();
                if (t == QXmlStreamReader::EndElement && m_xml.name() == u"is")
                    break;
                if (t != QXmlStreamReader::StartElement)
                    continue;
                if (m_xml.name() == u"t")
                    readText(row.text);
                else if (m_xml.name() == u"rPh")
                    m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement(); // <f> formula: its cached result is the <v>
        }
    }
    if (m_xml.hasError())
        return false;

    if (!referenceOk || column >= maxColumns) {
        row.text.resize(inlineBegin);
        markBad(row, lastColumn + 1, tr("the cell reference '%1' is not valid").arg(ref.toString()));
        return true;
    }
    if (column <= lastColumn) {
        row.text.resize(inlineBegin);
        markBad(row, column, tr("cell %1%2 appears twice or out of order").arg(columnName(column)).arg(row.number));
        return true;
    }
    lastColumn = column;

    XlsxCell cell;
    cell.column = column;
    const auto add = [&](XlsxCellKind kind) {
        cell.kind = kind;
        cell.begin = std::uint32_t(inlineBegin);
        cell.size = std::uint32_t(row.text.size() - inlineBegin);
        if (cell.size > 0 || kind == XlsxCellKind::Error)
            row.cells.push_back(cell);
    };
    const auto bad = [&](const QString &reason) {
        row.text.resize(inlineBegin);
        markBad(row, column, reason);
    };

    if (type == u"inlineStr") {
        if (!hasInline) {
            row.text.append(m_value); // some writers put an inline string's text in <v>
        }
        decodeOoxmlEscapes(row.text, inlineBegin);
        add(XlsxCellKind::Text);
        return true;
    }
    row.text.resize(inlineBegin); // an <is> outside an inline-string cell is ignored
    if (!hasValue || (m_value.empty() && type != u"str"))
        return true; // no value: an empty (perhaps styled) cell

    if (type == u"s") {
        std::size_t index = 0;
        const auto [end, ec] = std::from_chars(m_value.data(), m_value.data() + m_value.size(), index);
        if (ec != std::errc() || end != m_value.data() + m_value.size() || index >= m_strings->count()) {
            bad(tr("the shared string %1 does not exist (the workbook has %2)")
                    .arg(QString::fromStdString(m_value))
                    .arg(m_strings->count()));
            return true;
        }
        row.text.append(m_strings->at(index));
        add(XlsxCellKind::Text);
    } else if (type == u"str") {
        row.text.append(m_value);
        decodeOoxmlEscapes(row.text, inlineBegin);
        add(XlsxCellKind::Text);
    } else if (type == u"b") {
        if (m_value == "1" || m_value == "true") {
            row.text.append("true");
        } else if (m_value == "0" || m_value == "false") {
            row.text.append("false");
        } else {
            bad(tr("'%1' is not a boolean").arg(QString::fromStdString(m_value)));
            return true;
        }
        add(XlsxCellKind::Bool);
    } else if (type == u"e") {
        ++m_errorCells;
        add(XlsxCellKind::Error);
    } else if (type == u"d") {
        const XlsxNumberKind kind = m_workbook->numberKind(style.isEmpty() ? 0 : style.toInt());
        appendIsoDateText(m_value, kind, row.text);
        add(kindOfIsoText(std::string_view(row.text).substr(inlineBegin)));
    } else if (type.isEmpty() || type == u"n") {
        const XlsxNumberKind kind = m_workbook->numberKind(style.isEmpty() ? 0 : style.toInt());
        if (kind != XlsxNumberKind::Number) {
            double serial = 0;
            const auto [end, ec] = std::from_chars(m_value.data(), m_value.data() + m_value.size(), serial);
            if (ec == std::errc() && end == m_value.data() + m_value.size() &&
                appendSerialText(serial, kind, m_workbook->dateSystem(), row.text)) {
                add(cellKindOf(kind));
                return true;
            }
            row.text.resize(inlineBegin);
        }
        if (!appendNumberText(m_value, row.text)) {
            bad(tr("'%1' is not a number").arg(QString::fromStdString(m_value)));
            return true;
        }
        add(XlsxCellKind::Number);
    } else {
        bad(tr("the cell type '%1' is not known").arg(type.toString()));
    }
    return true;
}

void XlsxSheetScanner::setMergedRanges(std::vector<XlsxRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const XlsxRange &a, const XlsxRange &b) { return a.firstRow < b.firstRow; });
    m_merges.clear();
    for (const XlsxRange &range : ranges)
        m_merges.push_back({range, false, XlsxCellKind::Text, {}});
    m_nextMerge = 0;
    m_activeMerges.clear();
}

Result<std::vector<XlsxRange>> XlsxSheetScanner::readMergedRanges(XlsxWorkbook &workbook, const XlsxSheet &sheet)
{
    Result<std::unique_ptr<XlsxEntryDevice>> device = workbook.archive().openPart(sheet.part);
    if (!device)
        return Error(device.error());
    std::vector<XlsxRange> ranges;
    QXmlStreamReader xml(device->get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sheetData") {
            xml.skipCurrentElement();
        } else if (xml.name() == u"mergeCell") {
            XlsxRange range;
            if (parseRangeReference(xml.attributes().value(QLatin1String("ref")), range))
                ranges.push_back(range);
        }
    }
    if (xml.hasError()) {
        if ((*device)->failed())
            return Error(tr("Cannot read %1: %2").arg(workbook.describeSheet(sheet.name), (*device)->errorString()));
        return Error(tr("The %1 is damaged: its XML (%2) is not valid at line %3, column %4: %5")
                         .arg(workbook.describeSheet(sheet.name), sheet.part)
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString()));
    }
    return ranges;
}

// Copies each merged range's value over the range, in `row`; a range's value is taken from its
// top-left cell when the scanner passes the range's first row.
void XlsxSheetScanner::applyMerges(XlsxRow &row)
{
    // Ranges that end above this row are done.
    std::erase_if(m_activeMerges, [&](std::size_t i) { return m_merges[i].range.lastRow < row.number; });
    while (m_nextMerge < m_merges.size() && m_merges[m_nextMerge].range.firstRow <= row.number) {
        Merge &merge = m_merges[m_nextMerge];
        if (merge.range.firstRow == row.number && merge.range.lastRow >= row.number) {
            for (const XlsxCell &cell : row.cells) {
                if (cell.column == merge.range.firstColumn) {
                    merge.hasValue = true;
                    merge.kind = cell.kind;
                    merge.text = row.cellText(cell);
                }
            }
            if (merge.hasValue)
                m_activeMerges.push_back(m_nextMerge);
        }
        ++m_nextMerge;
    }
    bool added = false;
    for (std::size_t i : m_activeMerges) {
        const Merge &merge = m_merges[i];
        for (int column = merge.range.firstColumn; column <= merge.range.lastColumn; ++column) {
            if (row.number == merge.range.firstRow && column == merge.range.firstColumn)
                continue;
            const bool present = std::any_of(row.cells.begin(), row.cells.end(),
                                             [column](const XlsxCell &c) { return c.column == column; });
            if (present)
                continue;
            XlsxCell cell;
            cell.column = column;
            cell.kind = merge.kind;
            cell.begin = std::uint32_t(row.text.size());
            cell.size = std::uint32_t(merge.text.size());
            row.text.append(merge.text);
            row.cells.push_back(cell);
            added = true;
        }
    }
    if (added)
        std::sort(row.cells.begin(), row.cells.end(),
                  [](const XlsxCell &a, const XlsxCell &b) { return a.column < b.column; });
}

// The first row from m_nextRow on, before `before`, that a merged range with a value covers
// although the XML lists no such row; 0 when there is none.
qint64 XlsxSheetScanner::nextMergedRow(qint64 before) const
{
    if (m_nextRow >= before)
        return 0;
    for (std::size_t i : m_activeMerges) {
        const XlsxRange &range = m_merges[i].range;
        if (range.firstRow < m_nextRow && range.lastRow >= m_nextRow)
            return m_nextRow;
    }
    return 0;
}

XlsxSheetScanner::Step XlsxSheetScanner::next()
{
    for (;;) {
        if (!m_havePending && !m_xmlDone) {
            const Step step = readRow(m_pending);
            if (step == Step::Error)
                return step;
            m_havePending = step == Step::Row;
        }
        if (!m_merges.empty()) {
            const qint64 before = m_havePending ? m_pending.number : std::numeric_limits<qint64>::max();
            if (const qint64 merged = nextMergedRow(before)) {
                m_row.clear();
                m_row.number = merged;
                m_nextRow = merged + 1;
                applyMerges(m_row);
                if (!m_row.cells.empty())
                    return Step::Row;
                continue;
            }
        }
        if (!m_havePending)
            return Step::End;
        std::swap(m_row, m_pending);
        m_havePending = false;
        m_nextRow = m_row.number + 1;
        if (!m_merges.empty())
            applyMerges(m_row);
        if (m_row.cells.empty() && m_row.badReason.isEmpty())
            continue; // a row of empty cells
        return Step::Row;
    }
}

} // namespace miq
