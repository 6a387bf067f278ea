#pragma once

// Helpers shared by the destination tests (tst_sqlitedestination, tst_csvdestination,
// tst_ndjsondestination): batches from test values, comparable text of read-back rows, the
// all-types fixture, and Linux tools to provoke I/O failures (file size limit, read-only dir).

#include "connectors/destination.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <cmath>
#include <limits>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/fsuid.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace DestTest {

using namespace Qt::StringLiterals;

// A row of test values, one per column: an invalid QVariant is null; Int64, Date (days) and
// Timestamp (microseconds) are qint64, Double double, Bool bool, String and Decimal QString,
// Bytes QByteArray.
using Row = QVariantList;

inline miq::TargetColumn column(const QString &name, miq::ColumnType type, bool nullable = true,
                                int precision = 0, int scale = 0)
{
    miq::TargetColumn c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    c.precision = precision;
    c.scale = scale;
    return c;
}

inline miq::TargetSpec spec(const QString &table, const QList<miq::TargetColumn> &columns,
                            miq::WriteMode mode = miq::WriteMode::Replace, const QStringList &keys = {})
{
    miq::TargetSpec s;
    s.table = table;
    s.columns = columns;
    s.mode = mode;
    s.keyColumns = keys;
    return s;
}

inline qint64 days(int y, int m, int d)
{
    return QDate(1970, 1, 1).daysTo(QDate(y, m, d));
}

// "2024-02-29T13:45:00Z" plus `micros` microseconds.
inline qint64 micros(const QString &iso, qint64 extraMicros = 0)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch() * 1000 + extraMicros;
}

inline miq::RecordBatch makeBatch(const QList<miq::TargetColumn> &columns, const QList<Row> &rows,
                                  qint64 firstRecord = 0)
{
    auto schema = std::make_shared<miq::Schema>();
    for (const miq::TargetColumn &c : columns)
        schema->push_back({c.name, c.type});
    miq::RecordBatch batch;
    batch.reset(schema);
    batch.firstRecord = firstRecord;
    for (const Row &row : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant &v = row.value(i);
            miq::Column &col = batch.columns[std::size_t(i)];
            if (!v.isValid()) {
                col.appendNull();
                continue;
            }
            switch (columns[i].type) {
            case miq::ColumnType::Int64:
            case miq::ColumnType::Date:
            case miq::ColumnType::Timestamp: col.appendInt(v.toLongLong()); break;
            case miq::ColumnType::Bool: col.appendInt(v.toBool() ? 1 : 0); break;
            case miq::ColumnType::Double: col.appendDouble(v.toDouble()); break;
            case miq::ColumnType::String:
            case miq::ColumnType::Decimal: col.appendText(v.toString().toStdString()); break;
            case miq::ColumnType::Bytes: {
                const QByteArray bytes = v.toByteArray();
                col.appendText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
                break;
            }
            }
        }
        ++batch.rowCount;
    }
    return batch;
}

// A cell as exact, comparable text: doubles with 17 digits (and NaN, -0), bytes in hex.
inline QString describe(const miq::Column &c, qint64 row)
{
    if (c.isNull(row))
        return u"null"_s;
    switch (c.type()) {
    case miq::ColumnType::Double: {
        const double d = c.doubleValue(row);
        if (std::isnan(d))
            return u"d:NaN"_s;
        return u"d:"_s + (d == 0 && std::signbit(d) ? u"-0"_s : QString::number(d, 'g', 17));
    }
    case miq::ColumnType::Bytes: {
        const std::string_view b = c.text(row);
        return u"x:"_s + QString::fromLatin1(QByteArray(b.data(), qsizetype(b.size())).toHex());
    }
    case miq::ColumnType::String:
    case miq::ColumnType::Decimal: {
        const std::string_view t = c.text(row);
        return u"s:"_s + QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    default: return u"i:"_s + QString::number(c.intValue(row));
    }
}

inline QStringList describeRows(const miq::RecordBatch &batch)
{
    QStringList rows;
    for (qint64 r = 0; r < batch.rowCount; ++r) {
        QStringList cells;
        for (const miq::Column &c : batch.columns)
            cells.append(describe(c, r));
        rows.append(cells.join(u" | "_s));
    }
    return rows;
}

inline QStringList describeRows(const QList<miq::TargetColumn> &columns, const QList<Row> &rows)
{
    return describeRows(makeBatch(columns, rows));
}

struct ReadBack
{
    QStringList rows;
    QList<miq::BadRecord> badRecords;
    QString error;
};

// Reads the destination's target back in small batches (to cross batch boundaries).
inline ReadBack readBack(miq::Destination &destination, int batchRows = 3)
{
    ReadBack result;
    miq::ReadOptions options;
    options.batchRows = batchRows;
    auto reader = destination.readBack(options);
    if (!reader) {
        result.error = reader.error();
        return result;
    }
    for (;;) {
        miq::RecordBatch batch;
        auto more = (*reader)->next(batch);
        result.badRecords += (*reader)->takeBadRecords();
        if (!more) {
            result.error = more.error();
            break;
        }
        if (!*more)
            break;
        result.rows += describeRows(batch);
    }
    return result;
}

// Two columns, id and name, for the tests that are about rows rather than values.
inline const QList<miq::TargetColumn> kv = {column(u"id"_s, miq::ColumnType::Int64),
                                            column(u"name"_s, miq::ColumnType::String)};

inline QList<Row> kvRows(int from, int to, const QString &prefix = u"row"_s)
{
    QList<Row> rows;
    for (int i = from; i <= to; ++i)
        rows.append({qint64(i), QString(prefix + QString::number(i))});
    return rows;
}

inline QStringList kvExpected(int from, int to, const QString &prefix = u"row"_s)
{
    return describeRows(kv, kvRows(from, to, prefix));
}

// Drains what a follower of the commits can see now: the rows as describeRows() gives them.
inline QStringList readCommitted(miq::CommittedRowsReader &reader)
{
    QStringList rows;
    for (;;) {
        miq::RecordBatch batch;
        const miq::Result<bool> more = reader.next(batch);
        if (!more)
            return {u"error: "_s + more.error()};
        if (!*more)
            return rows;
        rows += describeRows(batch);
    }
}

// Writes `rows` in one run: begin, then write and commit batches of `batchRows` (record numbers
// continuing), then finish. Returns the first error.
inline QString writeRun(miq::Destination &d, const miq::TargetSpec &s, const QList<Row> &rows,
                        const QString &runId = u"r1"_s, int batchRows = 1 << 30)
{
    auto begun = d.begin(s, runId, false);
    if (!begun)
        return begun.error();
    if (!begun->isEmpty())
        return u"begin() of a new run returned a checkpoint"_s;
    for (qsizetype i = 0; i < rows.size(); i += batchRows) {
        if (miq::Status w = d.write(makeBatch(s.columns, rows.mid(i, batchRows), i)); !w)
            return w.error();
        if (miq::Status c = d.commit(QByteArray::number(i)); !c)
            return c.error();
    }
    if (miq::Status f = d.finish(); !f)
        return f.error();
    return {};
}

inline QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Every type, with the values that break naive writers: separators, quotes and line breaks in
// text, unicode beyond the BMP, int64 extremes, negative and long decimals, doubles at the edges
// of the range, NaN/±Infinity/-0, dates and timestamps before 1970 and at the ends of the
// calendar, empty vs null text and bytes.
inline QList<miq::TargetColumn> allTypesColumns()
{
    using miq::ColumnType;
    return {column(u"id"_s, ColumnType::Int64),
            column(u"name"_s, ColumnType::String),
            column(u"price"_s, ColumnType::Decimal, true, 40, 9),
            column(u"ratio"_s, ColumnType::Double),
            column(u"active"_s, ColumnType::Bool),
            column(u"born"_s, ColumnType::Date),
            column(u"seen"_s, ColumnType::Timestamp),
            column(u"payload"_s, ColumnType::Bytes)};
}

inline QList<Row> allTypesRows()
{
    const QVariant null;
    const double inf = std::numeric_limits<double>::infinity();
    return {
        {qint64(1), u"plain"_s, u"12.50"_s, 0.1, true, days(2024, 2, 29),
         micros(u"2024-02-29T13:45:00Z"_s, 123456), QByteArray::fromHex("0001ff")},
        {std::numeric_limits<qint64>::max(), u"comma, \"quote\"\nnewline\r\ncrlf"_s, u"-0.05"_s, -1.5e300,
         false, days(1969, 12, 31), qint64(-1), QByteArray("")},
        {std::numeric_limits<qint64>::min(), u""_s, u"-123456789012345678901234567890.123456789"_s, 5e-324,
         null, days(1, 1, 1), qint64(0), null},
        {null, null, null, null, null, null, null, null},
        {qint64(0), u"ünïcödé ✓ 𝄞 日本語"_s, u"0"_s, -0.0, true, days(9999, 12, 31),
         micros(u"9999-12-31T23:59:59Z"_s), QByteArray("nul\0inside", 10)},
        {qint64(-1), u"tab\there\u0001ctrl \\ back / slash"_s, u"100000.000"_s, std::nan(""), false,
         days(-44, 3, 15), micros(u"1600-02-29T12:00:00Z"_s, 1), QByteArray("\"")},
        {qint64(42), u" spaces around "_s, u"3.14159"_s, inf, true, days(1970, 1, 1), qint64(123),
         QByteArray(",")},
        {qint64(43), u"null"_s, u"99.99"_s, -inf, false, days(2000, 2, 29),
         micros(u"1900-01-01T00:00:00Z"_s, -1), QByteArray("a")},
    };
}

#if defined(Q_OS_LINUX)
// Makes writes beyond `bytes` fail (EFBIG, "File too large") for the whole process while it
// lives: the failure path of a full disk, without needing one.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }

private:
    rlimit m_saved{};
    void (*m_previousHandler)(int) = nullptr;
};

// Makes `dir` read-only for this thread while it lives. Root ignores permissions, so when the
// test runs as root the thread's filesystem uid becomes "nobody" meanwhile (setfsuid drops
// CAP_DAC_OVERRIDE for file access and restores it when set back to 0).
class ReadOnlyDirectory
{
public:
    explicit ReadOnlyDirectory(const QString &dir)
        : m_dir(QFile::encodeName(dir))
    {
        ::chmod(m_dir.constData(), 0555);
        if (::geteuid() == 0) {
            ::chmod(QFile::encodeName(QFileInfo(dir).absolutePath()).constData(), 0755);
            ::setfsuid(65534);
            m_droppedRoot = true;
        }
    }
    ~ReadOnlyDirectory()
    {
        if (m_droppedRoot)
            ::setfsuid(0);
        ::chmod(m_dir.constData(), 0755);
    }

private:
    QByteArray m_dir;
    bool m_droppedRoot = false;
};
#endif

} // namespace DestTest
