#include "connectors/csv/csvencoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace miq;

namespace {

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

QByteArray encode(QStringConverter::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

// Transcodes `input` fed `step` bytes at a time, as the reader does with its chunks.
QByteArray transcode(const QByteArray &encoding, const QByteArray &input, qsizetype step)
{
    CsvTranscoder transcoder(encoding);
    QByteArray out(CsvTranscoder::maxOutput(input.size()) + 8, Qt::Uninitialized);
    char *end = out.data();
    for (qsizetype pos = 0; pos < input.size(); pos += step)
        end = transcoder.convert(input.constData() + pos, std::min(step, input.size() - pos), end);
    end = transcoder.finish(end);
    out.resize(end - out.constData());
    return out;
}

} // namespace

class tst_CsvEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void invalidUtf8_data();
    void invalidUtf8();
    void transcode_data();
    void transcode();
    void canonicalName();
};

void tst_CsvEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("bomLength");

    const QString text = QStringLiteral("name,city\nJosé,Zürich\nZoë,Köln\n");
    QTest::newRow("ASCII") << QByteArray("a,b\n1,2\n") << true << QByteArray("UTF-8") << 0;
    QTest::newRow("UTF-8") << text.toUtf8() << true << QByteArray("UTF-8") << 0;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "a,b\n")
                                    << true << QByteArray("UTF-8") << 3;
    QTest::newRow("UTF-8 cut inside a character")
        << QByteArray("a,b\nZo\xC3") << false << QByteArray("UTF-8") << 0;
    QTest::newRow("UTF-16LE with BOM")
        << encode(QStringConverter::Utf16LE, text, true) << true << QByteArray("UTF-16LE") << 2;
    QTest::newRow("UTF-16BE with BOM")
        << encode(QStringConverter::Utf16BE, text, true) << true << QByteArray("UTF-16BE") << 2;
    QTest::newRow("UTF-16LE without BOM")
        << encode(QStringConverter::Utf16LE, text, false) << true << QByteArray("UTF-16LE") << 0;
    QTest::newRow("UTF-16BE without BOM")
        << encode(QStringConverter::Utf16BE, text, false) << true << QByteArray("UTF-16BE") << 0;
    QTest::newRow("windows-1252 with euro and curly quotes")
        << QByteArray("item,price\nCaf\xE9,\x80 5\nR\xE9sum\xE9,\x93new\x94\n") << true
        << QByteArray("windows-1252") << 0;
}

void tst_CsvEncoding::detect()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, complete);
    QFETCH(QByteArray, encoding);
    QFETCH(int, bomLength);

    const CsvEncoding::Detection detected = CsvEncoding::detect(view(sample), complete);
    QCOMPARE(detected.name, encoding);
    QCOMPARE(detected.bomLength, bomLength);
    QCOMPARE(CsvEncoding::bomLength(view(sample), encoding), bomLength);
}

void tst_CsvEncoding::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("ASCII") << QByteArray("plain ascii text, longer than eight bytes") << qsizetype(-1);
    QTest::newRow("all lengths") << QByteArray("é€😀ü") << qsizetype(-1);
    QTest::newRow("after an ASCII run") << QByteArray("0123456789\xFF") << qsizetype(10);
    QTest::newRow("stray continuation byte") << QByteArray("ab\x80") << qsizetype(2);
    QTest::newRow("overlong NUL") << QByteArray("\xC0\x80") << qsizetype(0);
    QTest::newRow("overlong three bytes") << QByteArray("x\xE0\x80\xAF") << qsizetype(1);
    QTest::newRow("UTF-16 surrogate") << QByteArray("ok\xED\xA0\x80") << qsizetype(2);
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("truncated at end") << QByteArray("abc\xE2\x82") << qsizetype(3);
    QTest::newRow("bad second continuation") << QByteArray("\xE2\x82(") << qsizetype(0);
    QTest::newRow("latin-1 byte") << QByteArray("Jos\xE9") << qsizetype(3);
}

void tst_CsvEncoding::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(invalidUtf8Offset(bytes.constData(), bytes.size()), offset);
}

void tst_CsvEncoding::transcode_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const QString text = QStringLiteral("José,😀,€\n");
    QTest::newRow("UTF-16LE with a surrogate pair")
        << QByteArray("UTF-16LE") << encode(QStringConverter::Utf16LE, text, false) << text.toUtf8();
    QTest::newRow("UTF-16BE with a surrogate pair")
        << QByteArray("UTF-16BE") << encode(QStringConverter::Utf16BE, text, false) << text.toUtf8();
    QTest::newRow("UTF-16LE lone low surrogate") << QByteArray("UTF-16LE")
                                                 << QByteArray("a\0\x00\xDC"
                                                               "b\0",
                                                               6)
                                                 << QByteArray("a\xFF"
                                                               "b");
    QTest::newRow("UTF-16LE lone high surrogate") << QByteArray("UTF-16LE")
                                                  << QByteArray("\x00\xD8"
                                                                "b\0",
                                                                4)
                                                  << QByteArray("\xFF"
                                                                "b");
    QTest::newRow("UTF-16LE odd byte at end")
        << QByteArray("UTF-16LE") << QByteArray("a\0b", 3) << QByteArray("a\xFF");
    QTest::newRow("ISO-8859-1") << QByteArray("ISO-8859-1") << QByteArray("Jos\xE9 \x80")
                                << QByteArray("José \xC2\x80");
    QTest::newRow("windows-1252") << QByteArray("windows-1252") << QByteArray("\x80\x93x\x94 caf\xE9 \x81")
                                  << QStringLiteral("€“x” café \u0081").toUtf8();
    QTest::newRow("windows-1251 via QStringDecoder")
        << QByteArray("windows-1251") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2")
        << QStringLiteral("Привет").toUtf8();
}

void tst_CsvEncoding::transcode()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    QVERIFY(CsvTranscoder(encoding).isValid());
    // Every split position: a code unit, a surrogate pair or a character cut between chunks.
    for (qsizetype step : {qsizetype(1 << 20), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5)}) {
        const QByteArray out = ::transcode(encoding, input, step);
        QVERIFY2(
            out == expected,
            qPrintable(QStringLiteral("step %1: %2").arg(step).arg(QString::fromLatin1(out.toHex(' ')))));
    }
}

void tst_CsvEncoding::canonicalName()
{
    QCOMPARE(CsvEncoding::canonicalName(QStringLiteral("utf8")), QByteArray("UTF-8"));
    QCOMPARE(CsvEncoding::canonicalName(QStringLiteral("UTF-16le")), QByteArray("UTF-16LE"));
    QCOMPARE(CsvEncoding::canonicalName(QStringLiteral("latin1")), QByteArray("ISO-8859-1"));
    QCOMPARE(CsvEncoding::canonicalName(QStringLiteral("CP1252")), QByteArray("windows-1252"));
    QCOMPARE(CsvEncoding::canonicalName(QStringLiteral("no-such-charset")), QByteArray());
    for (const QString &name : CsvEncoding::commonNames())
        QCOMPARE(QString::fromLatin1(CsvEncoding::canonicalName(name)), name);
}

QTEST_APPLESS_MAIN(tst_CsvEncoding)
#include "tst_csvencoding.moc"
