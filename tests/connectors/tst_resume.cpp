// Resumable source streams: a stream read in batches, cut after any batch, and continued by a new
// reader from the cut's resumeToken() must yield exactly what one uninterrupted read yields - the
// same rows, the same bad records with the same record and line numbers - with no duplicate and
// no gap, and a source that changed in between must be refused.

#include "resumetesthelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace miq;
using namespace miq::test;
using namespace Qt::StringLiterals;

namespace {

// CSV text: a header and `count` rows, some with quoted commas and doubled quotes.
QByteArray csvRows(int from, int count, const QByteArray &eol = "\n")
{
    QByteArray text = "id,name,amount,note" + eol;
    for (int i = from; i < from + count; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += n + ",name " + n + "," + QByteArray::number(i * 1.5) + ",";
        text += (i % 3 == 0 ? QByteArray("\"note, with \"\"comma\"\" " + n + "\"") : QByteArray("plain " + n)) + eol;
    }
    return text;
}

// Quoted line breaks of every kind, blank lines and bad rows between multi-line records, CRLF:
// record and line numbers after a cut must match the uninterrupted read exactly.
QByteArray crlfCsv(int count = 24)
{
    QByteArray text = "id,text,n\r\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        switch (i % 6) {
        case 0: text += n + ",\"two\r\nlines\"," + n + "\r\n"; break;
        case 1: text += n + ",\"lf\nonly\"," + n + "\r\n"; break;
        case 2: text += n + ",too,many,fields\r\n"; break;
        case 3: text += "\r\n" + n + ",after blank," + n + "\r\n"; break;
        case 4: text += n + ",\"a \"\"quoted\"\"\r\n\r\nthree\"," + n + "\r"; break; // lone CR ends it
        default: text += n + ",plain," + n + "\r\n"; break;
        }
    }
    return text;
}

QByteArray badRowsCsv()
{
    QByteArray text = "a,b,c\n";
    for (int i = 0; i < 30; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 7 == 3)
            text += n + ",short\n";
        else if (i % 7 == 5)
            text += n + ",bad \xff byte," + n + "\n";
        else if (i % 7 == 6)
            text += "\n\n" + n + ",\"multi\nline\"," + n + "\n";
        else
            text += n + ",ok," + n + "\n";
    }
    return text + "30,\"unterminated,at the end\n";
}

QByteArray encoded(QStringConverter::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QString unicodeCsvText(int count = 20)
{
    QString text = u"id,word\n"_s;
    for (int i = 0; i < count; ++i)
        text += QString::number(i) + (i % 4 == 1 ? u",\"Zoë 😀\nsmile\"\n"_s : u",café\n"_s);
    return text;
}

QByteArray ndjson(int count = 26)
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 9 == 4)
            text += "{\"id\": " + n + ", \"broken\": \n"; // a bad line costs only itself
        else if (i % 9 == 7)
            text += "[1, 2]\r\n\r\n"; // not an object, then a blank line
        else
            text += "{\"id\": " + n + ", \"user\": {\"name\": \"u" + n + "\"}" +
                    (i > 20 ? ", \"late\": true" : "") + "}\r\n";
    }
    return text;
}

// Pretty-printed records, `separator` between them (",\n" inside an array).
QByteArray records(int count, const QByteArray &separator = ",\n")
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 8 == 5)
            text += "  42"; // not an object: a bad record between good ones
        else
            text += "  {\n    \"id\": " + n + ",\n    \"tags\": [\"t" + n + "\"],\n    \"x\": {\"y\": " + n + "}\n  }";
        text += i + 1 < count ? separator : QByteArray("\n");
    }
    return text;
}

} // namespace

class tst_Resume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resumeAfterEveryBatch_data();
    void resumeAfterEveryBatch();
    void changedSourceIsRefused_data();
    void changedSourceIsRefused();
    void rowsAppendedToKeyedTableAreRead();
    void failedHeaderCheckIsNotSkipped_data();
    void failedHeaderCheckIsNotSkipped();
    void notResumable_data();
    void notResumable();
    void foreignTokens();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Source csv(const QString &file, qsizetype chunk = 0, QVariantMap values = {}) const;
    Source json(const QString &file, QVariantMap values = {}) const;
    Source sqlite(const QString &stream) const;

    QTemporaryDir m_dir;
};

Source tst_Resume::csv(const QString &file, qsizetype chunk, QVariantMap values) const
{
    values.insert(u"path"_s, path(file));
    return {u"csv"_s, values, QString(), chunk};
}

Source tst_Resume::json(const QString &file, QVariantMap values) const
{
    values.insert(u"path"_s, path(file));
    return {u"json"_s, values, QString(), 0};
}

Source tst_Resume::sqlite(const QString &stream) const
{
    return {u"sqlite"_s, {{u"path"_s, path(u"db.sqlite"_s)}, {u"query"_s, u"SELECT * FROM orders"_s}}, stream, 0};
}

void tst_Resume::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeFile(path(u"plain.csv"_s), csvRows(0, 40));
    QVERIFY(QDir(m_dir.path()).mkdir(u"parts"_s));
    writeFile(path(u"parts/a.csv"_s), csvRows(0, 11));
    writeFile(path(u"parts/b.csv"_s), "\xEF\xBB\xBF" + csvRows(11, 12, "\r\n")); // BOM: offsets count it
    QByteArray last = csvRows(23, 10);
    last.chop(1); // no line break at the very end
    writeFile(path(u"parts/c.csv"_s), last);
    writeFile(path(u"crlf.csv"_s), crlfCsv());
    // Only the first file of a stream is sniffed, which reads its first 64 KiB at once; later
    // files are read `chunk` bytes at a time, so CR LF pairs and characters split between reads
    // (and the raw offsets of transcoded text across buffer refills) are exercised there.
    QVERIFY(QDir(m_dir.path()).mkdir(u"crlfparts"_s));
    writeFile(path(u"crlfparts/1.csv"_s), "id,text,n\r\n0,first,0\r\n");
    writeFile(path(u"crlfparts/2.csv"_s), crlfCsv());
    writeFile(path(u"bad.csv"_s), badRowsCsv());
    writeFile(path(u"utf16.csv"_s), encoded(QStringConverter::Utf16LE, unicodeCsvText(), true));
    // A lone surrogate makes one record bad; the ones after it must keep their raw offsets.
    QByteArray lone = encoded(QStringConverter::Utf16BE, unicodeCsvText(), true);
    lone.insert(lone.indexOf(QByteArray("\0c\0a\0f", 6), 60), QByteArray("\xD8\x00", 2));
    writeFile(path(u"utf16be.csv"_s), lone);
    QVERIFY(QDir(m_dir.path()).mkdir(u"utf16parts"_s));
    writeFile(path(u"utf16parts/a.csv"_s), lone);
    writeFile(path(u"utf16parts/b.csv"_s), lone);
    const QByteArray cp1252 = "id,word\n1,caf\xe9\n2,\x80uro\n3,\"x\x81\ny\"\n4,\x93q\x94\n5,\xff\n6,end\n";
    writeFile(path(u"cp1252.csv"_s), cp1252);
    QVERIFY(QDir(m_dir.path()).mkdir(u"cp1252parts"_s));
    writeFile(path(u"cp1252parts/a.csv"_s), cp1252);
    writeFile(path(u"cp1252parts/b.csv"_s), cp1252 + "7,\xe0 la carte\n8,\"\xabquoted\xbb,\r\n\"\n9\n");
    // The second file's header differs: reading stops there, and so must every resumed read.
    QVERIFY(QDir(m_dir.path()).mkdir(u"mismatch"_s));
    writeFile(path(u"mismatch/a.csv"_s), csvRows(0, 5));
    writeFile(path(u"mismatch/b.csv"_s), "id,other\n1,2\n");
    writeFile(path(u"utf32.csv"_s), encoded(QStringConverter::Utf32LE, unicodeCsvText(), false));
    writeFile(path(u"lines.ndjson"_s), ndjson());
    writeFile(path(u"array.json"_s), "\xEF\xBB\xBF[\n" + records(23) + "]\n");
    writeFile(path(u"wrapped.json"_s), "{\"meta\": {\"items\": [1], \"n\": 19},\n \"data\": {\"skip\": [{\"id\": -1}], "
                                       "\"items\": [\n" + records(19) + "]},\n \"tail\": [{\"id\": 99}]}\n");
    writeFile(path(u"objects.json"_s), records(12, "\n"));
    // Beyond the sniff window and the JSON input buffer (64 KiB each): positions across refills.
    writeFile(path(u"big.csv"_s), crlfCsv(12000));
    writeFile(path(u"big16.csv"_s), encoded(QStringConverter::Utf16LE, unicodeCsvText(9000), true));
    writeFile(path(u"big.ndjson"_s), ndjson(6000));
    writeFile(path(u"big.json"_s), "[" + records(4000) + "]");
    writeFile(path(u"utf16.json"_s), encoded(QStringConverter::Utf16LE, u"[{\"a\": 1}, {\"a\": 2}]"_s, true));

    QStringList sql = {u"CREATE TABLE orders (id INTEGER PRIMARY KEY, qty INTEGER, item TEXT)"_s,
                       u"CREATE TABLE events (kind TEXT, at INTEGER)"_s,
                       u"CREATE TABLE pairs (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID"_s,
                       u"CREATE TABLE shadow (rowid TEXT, _rowid_ TEXT, oid TEXT)"_s,
                       u"CREATE VIEW big_orders AS SELECT * FROM orders WHERE qty > 10"_s,
                       u"INSERT INTO pairs VALUES ('a', 1), ('b', 2)"_s,
                       u"INSERT INTO shadow VALUES ('x', 'y', 'z')"_s,
                       // Debian's (system) SQLite, which the Qt driver uses, has FTS5.
                       u"CREATE VIRTUAL TABLE docs USING fts5(body)"_s,
                       u"INSERT INTO docs VALUES ('hello'), ('world')"_s};
    for (int i = 1; i <= 45; ++i) {
        // Gaps in the ids, and values that do not fit the INTEGER column (quarantined).
        const QString qty = i % 11 == 4 ? u"'n/a'"_s : QString::number(i * 3);
        sql << u"INSERT INTO orders VALUES (%1, %2, 'item %1')"_s.arg(i * 2 + (i % 5 == 0 ? 7 : 0)).arg(qty)
            << u"INSERT INTO events VALUES ('e%1', %2)"_s.arg(i).arg(i % 13 == 6 ? u"'late'"_s : QString::number(i));
    }
    sql << u"DELETE FROM orders WHERE id % 9 = 0"_s << u"DELETE FROM events WHERE at = 20"_s;
    execSql(path(u"db.sqlite"_s), sql);
}

void tst_Resume::resumeAfterEveryBatch_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<int>("minRows");

    for (const qsizetype chunk : {0, 1, 2, 7}) {
        const QByteArray suffix = chunk ? ", chunk " + QByteArray::number(chunk) : QByteArray();
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(QByteArray(name + suffix).constData());
        };
        row("csv plain") << csv(u"plain.csv"_s, chunk) << 3 << 40;
        row("csv folder of 3 files") << csv(u"parts"_s, chunk) << 4 << 33;
        row("csv quoted newlines, CRLF") << csv(u"crlf.csv"_s, chunk) << 2 << 15;
        row("csv quoted newlines, CRLF, later file") << csv(u"crlfparts"_s, chunk) << 2 << 16;
        row("csv bad rows between") << csv(u"bad.csv"_s, chunk, {{u"encoding"_s, u"UTF-8"_s}}) << 3 << 15;
        row("csv UTF-16LE") << csv(u"utf16.csv"_s, chunk) << 3 << 20;
        row("csv UTF-16BE, lone surrogate") << csv(u"utf16be.csv"_s, chunk) << 2 << 19;
        row("csv UTF-16BE, later file") << csv(u"utf16parts"_s, chunk) << 3 << 38;
        row("csv windows-1252") << csv(u"cp1252.csv"_s, chunk, {{u"encoding"_s, u"windows-1252"_s}}) << 1 << 6;
        row("csv windows-1252, later file")
            << csv(u"cp1252parts"_s, chunk, {{u"encoding"_s, u"windows-1252"_s}}) << 2 << 14;
    }
    QTest::newRow("csv beyond 64 KiB") << csv(u"big.csv"_s) << 1500 << 8000;
    QTest::newRow("csv beyond 64 KiB, chunk 4093") << csv(u"big.csv"_s, 4093) << 1700 << 8000;
    QTest::newRow("csv UTF-16 beyond 64 KiB, chunk 4093") << csv(u"big16.csv"_s, 4093) << 1100 << 9000;
    QTest::newRow("ndjson beyond 64 KiB") << json(u"big.ndjson"_s) << 700 << 4000;
    QTest::newRow("json array beyond 64 KiB") << json(u"big.json"_s) << 600 << 3000;
    QTest::newRow("csv glob, one row per batch") << csv(u"parts/*.csv"_s, 5) << 1 << 33;
    QTest::newRow("csv no header") << csv(u"plain.csv"_s, 0, {{u"header"_s, u"no"_s}}) << 7 << 41;
    QTest::newRow("ndjson") << json(u"lines.ndjson"_s) << 2 << 20;
    QTest::newRow("ndjson, one per batch") << json(u"lines.ndjson"_s) << 1 << 20;
    QTest::newRow("json array") << json(u"array.json"_s) << 3 << 20;
    QTest::newRow("json records path")
        << json(u"wrapped.json"_s, {{u"records"_s, u"data.items"_s}}) << 2 << 17;
    QTest::newRow("json objects") << json(u"objects.json"_s) << 2 << 11;
    QTest::newRow("sqlite table, integer primary key") << sqlite(u"orders"_s) << 4 << 30;
    QTest::newRow("sqlite table, implicit rowid") << sqlite(u"events"_s) << 5 << 30;
}

void tst_Resume::resumeAfterEveryBatch()
{
    QFETCH(Source, source);
    QFETCH(int, batchRows);
    QFETCH(int, minRows);

    Outcome reference;
    {
        Result<std::unique_ptr<StreamReader>> reader = openReader(source, batchRows);
        QVERIFY2(reader, qPrintable(reader.error()));
        readBatches(**reader, -1, reference);
    }
    QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
    QVERIFY2(reference.rows.size() >= minRows, qPrintable(QString::number(reference.rows.size())));

    // Every cut: before the first batch, after each one, and after the end was reported.
    for (int cut = 0; cut <= reference.batches + 1; ++cut) {
        Outcome resumed;
        QByteArray token;
        {
            Result<std::unique_ptr<StreamReader>> first = openReader(source, batchRows);
            QVERIFY2(first, qPrintable(first.error()));
            readBatches(**first, cut, resumed);
            token = (*first)->resumeToken();
        }
        QVERIFY2(!token.isEmpty(), qPrintable(u"no token after %1 batches"_s.arg(cut)));
        QVERIFY2(token.size() < 1024, qPrintable(QString::number(token.size())));
        Result<std::unique_ptr<StreamReader>> second = openReader(source, batchRows, token);
        QVERIFY2(second, qPrintable(second.error()));
        const QStringList columnsBefore = resumed.columns;
        resumed.columns.clear();
        readBatches(**second, -1, resumed);
        const QByteArray at = "cut after " + QByteArray::number(cut) + " batches";
        const QByteArray badRecords = at + "\n" + resumed.bad.join(u'\n').toUtf8() + "\nexpected\n" +
                                      reference.bad.join(u'\n').toUtf8();
        QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
        QVERIFY2(resumed.columns == columnsBefore, at.constData());
        QVERIFY2(resumed.columns == reference.columns, at.constData());
        QVERIFY2(resumed.rows == reference.rows, at.constData());
        QVERIFY2(resumed.bad == reference.bad, badRecords.constData());
        QVERIFY2(resumed.firstRecords == reference.firstRecords, at.constData());
        QCOMPARE(resumed.batches, reference.batches);
    }
}

void tst_Resume::changedSourceIsRefused_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("file");   // copied from the fixture of the same name, then changed
    QTest::addColumn<QString>("change"); // append | touch | sql statement
    QTest::addColumn<QString>("message");

    const QString changed = u"has changed since the interrupted run"_s;
    QTest::newRow("csv, rows appended") << csv(u"copy.csv"_s) << u"plain.csv"_s << u"append"_s << changed;
    QTest::newRow("csv, same size, newer") << csv(u"copy.csv"_s) << u"plain.csv"_s << u"touch"_s << changed;
    QTest::newRow("csv folder, one file changed")
        << csv(u"copyparts"_s) << u"parts"_s << u"append:c.csv"_s << changed;
    QTest::newRow("csv folder, file added")
        << csv(u"copyparts"_s) << u"parts"_s << u"add:d.csv"_s << u"have changed since the interrupted run"_s;
    QTest::newRow("csv, settings changed")
        << csv(u"copy.csv"_s) << u"plain.csv"_s << u"setting:delimiter=comma"_s << u"settings"_s;
    QTest::newRow("ndjson, appended") << json(u"copy.ndjson"_s) << u"lines.ndjson"_s << u"append"_s << changed;
    QTest::newRow("json array, touched") << json(u"copy.json"_s) << u"array.json"_s << u"touch"_s << changed;
    Source events = sqlite(u"events"_s);
    events.values[u"path"_s] = path(u"copy.sqlite"_s);
    QTest::newRow("sqlite implicit rowid, row inserted")
        << events << u"db.sqlite"_s << u"INSERT INTO events VALUES ('new', 1)"_s << changed;
    Source orders = sqlite(u"orders"_s);
    orders.values[u"path"_s] = path(u"copy.sqlite"_s);
    QTest::newRow("sqlite table, column added")
        << orders << u"db.sqlite"_s << u"ALTER TABLE orders ADD COLUMN extra TEXT"_s << changed;
}

void tst_Resume::changedSourceIsRefused()
{
    QFETCH(Source, source);
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(QString, message);

    const QString target = source.values.value(u"path"_s).toString();
    if (QFileInfo(path(file)).isDir()) {
        QDir(target).removeRecursively();
        QVERIFY(QDir().mkpath(target));
        for (const QString &name : QDir(path(file)).entryList(QDir::Files))
            QVERIFY(QFile::copy(path(file) + u'/' + name, target + u'/' + name));
    } else {
        QFile::remove(target);
        QVERIFY(QFile::copy(path(file), target));
    }

    QByteArray token;
    {
        Result<std::unique_ptr<StreamReader>> reader = openReader(source, 2);
        QVERIFY2(reader, qPrintable(reader.error()));
        Outcome partial;
        readBatches(**reader, 2, partial);
        QVERIFY(partial.rows.size() > 0);
        token = (*reader)->resumeToken();
        QVERIFY(!token.isEmpty());
    }
    if (change == u"append") {
        appendToFile(target, source.type == u"csv"_s ? "99,x,1,y\n" : "{\"id\": 99}\n");
    } else if (change == u"touch") {
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QDateTime later = QFileInfo(target).lastModified().addSecs(60);
        QVERIFY(f.setFileTime(later, QFileDevice::FileModificationTime));
    } else if (change.startsWith(u"append:"_s)) {
        appendToFile(target + u'/' + change.mid(7), "\n99,x,1,y\n");
    } else if (change.startsWith(u"add:"_s)) {
        writeFile(target + u'/' + change.mid(4), csvRows(100, 2));
    } else if (change.startsWith(u"setting:"_s)) {
        const QStringList kv = change.mid(8).split(u'=');
        source.values.insert(kv.at(0), kv.at(1));
    } else {
        execSql(target, {change});
    }
    Result<std::unique_ptr<StreamReader>> resumed = openReader(source, 2, token);
    QVERIFY2(!resumed, "a changed source must not resume");
    QVERIFY2(resumed.error().contains(message), qPrintable(resumed.error()));
    QVERIFY2(resumed.error().contains(u"--full"_s), qPrintable(resumed.error()));
}

void tst_Resume::rowsAppendedToKeyedTableAreRead()
{
    // Rowids of an INTEGER PRIMARY KEY table are stable: rows added after the interruption are
    // simply part of the rest of the stream.
    QFile::remove(path(u"keyed.sqlite"_s));
    QVERIFY(QFile::copy(path(u"db.sqlite"_s), path(u"keyed.sqlite"_s)));
    Source source = sqlite(u"orders"_s);
    source.values[u"path"_s] = path(u"keyed.sqlite"_s);
    Outcome outcome;
    QByteArray token;
    {
        Result<std::unique_ptr<StreamReader>> reader = openReader(source, 10);
        QVERIFY2(reader, qPrintable(reader.error()));
        readBatches(**reader, 2, outcome);
        token = (*reader)->resumeToken();
    }
    execSql(path(u"keyed.sqlite"_s), {u"INSERT INTO orders VALUES (1000, 1, 'added')"_s});
    Result<std::unique_ptr<StreamReader>> resumed = openReader(source, 10, token);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    readBatches(**resumed, -1, outcome);
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(outcome.rows.constLast(), (QStringList{u"1000"_s, u"1"_s, u"added"_s}));
    QStringList ids;
    for (const QStringList &row : std::as_const(outcome.rows))
        ids << row.first();
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

void tst_Resume::failedHeaderCheckIsNotSkipped_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::newRow("error after a full batch") << 5;   // the error comes with the next call
    QTest::newRow("error within a batch") << 10;      // held back until the rows are handed out
}

void tst_Resume::failedHeaderCheckIsNotSkipped()
{
    QFETCH(int, batchRows);
    const Source source = csv(u"mismatch"_s);
    Outcome outcome;
    QByteArray token;
    {
        Result<std::unique_ptr<StreamReader>> reader = openReader(source, batchRows);
        QVERIFY2(reader, qPrintable(reader.error()));
        readBatches(**reader, 1, outcome);
        QCOMPARE(outcome.rows.size(), 5);
        readBatches(**reader, -1, outcome);
        QVERIFY2(outcome.error.contains(u"does not have the same header"_s), qPrintable(outcome.error));
        token = (*reader)->resumeToken();
    }
    // The position stays at the end of the first file, not after the refused header.
    Result<std::unique_ptr<StreamReader>> resumed = openReader(source, batchRows, token);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    Outcome rest;
    readBatches(**resumed, -1, rest);
    QVERIFY2(rest.error.contains(u"does not have the same header"_s), qPrintable(rest.error));
    QCOMPARE(rest.rows.size(), 0);
}

void tst_Resume::notResumable_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("why"); // in the error for a resume attempt; empty: any token is foreign

    QTest::newRow("sqlite view") << sqlite(u"big_orders"_s) << u"it is a view"_s;
    QTest::newRow("sqlite query") << sqlite(u"query"_s) << u"it is a query"_s;
    QTest::newRow("sqlite WITHOUT ROWID") << sqlite(u"pairs"_s) << u"WITHOUT ROWID"_s;
    QTest::newRow("sqlite rowid shadowed") << sqlite(u"shadow"_s) << u"shadow"_s;
    QTest::newRow("sqlite virtual table") << sqlite(u"docs"_s) << u"virtual table"_s;
    QTest::newRow("csv in UTF-32 (QStringDecoder)")
        << csv(u"utf32.csv"_s, 0, {{u"encoding"_s, u"UTF-32LE"_s}}) << QString();
    QTest::newRow("json in UTF-16") << json(u"utf16.json"_s) << QString();
}

void tst_Resume::notResumable()
{
    QFETCH(Source, source);
    QFETCH(QString, why);

    Result<std::unique_ptr<StreamReader>> reader = openReader(source, 1);
    QVERIFY2(reader, qPrintable(reader.error()));
    Outcome outcome;
    for (int i = 0; i < 3; ++i) {
        readBatches(**reader, 1, outcome);
        QVERIFY2((*reader)->resumeToken().isEmpty(), "a stream that cannot resume has no token");
    }
    QVERIFY(outcome.error.isEmpty());
    QVERIFY(outcome.rows.size() > 0);
    if (!why.isEmpty()) {
        Result<std::unique_ptr<StreamReader>> resumed = openReader(source, 1, "anything");
        QVERIFY(!resumed);
        QVERIFY2(resumed.error().contains(why), qPrintable(resumed.error()));
        QVERIFY2(resumed.error().contains(u"--full"_s), qPrintable(resumed.error()));
    }
}

void tst_Resume::foreignTokens()
{
    QByteArray csvToken;
    {
        Result<std::unique_ptr<StreamReader>> reader = openReader(csv(u"plain.csv"_s), 5);
        QVERIFY(reader);
        Outcome outcome;
        readBatches(**reader, 1, outcome);
        csvToken = (*reader)->resumeToken();
    }
    const QList<Source> sources = {json(u"lines.ndjson"_s), sqlite(u"orders"_s), csv(u"bad.csv"_s)};
    for (const Source &source : sources) {
        // Another kind's token, garbage, a truncated token, another file's token.
        for (const QByteArray &token : {csvToken, QByteArray("garbage"), csvToken.left(csvToken.size() - 3)}) {
            Result<std::unique_ptr<StreamReader>> resumed = openReader(source, 5, token);
            QVERIFY2(!resumed, qPrintable(source.type));
            QVERIFY2(resumed.error().contains(u"--full"_s), qPrintable(resumed.error()));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Resume)
#include "tst_resume.moc"
