#include "connectors/sql/sqlstreamreader.h"

#include "connectors/sql/sqlsupport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

constexpr qsizetype maxRawBytes = 64 * 1024;
constexpr qint64 unixEpochJulianDay = 2440588;

bool isIntegerType(int typeId)
{
    return typeId == QMetaType::LongLong || typeId == QMetaType::Int || typeId == QMetaType::UInt
        || typeId == QMetaType::ULongLong || typeId == QMetaType::Short
        || typeId == QMetaType::UShort;
}

bool isNumericText(QStringView text)
{
    // A decimal as databases write it: [-+]digits[.digits][e[-+]digits], or NaN/±Infinity.
    static const QStringList specials = {u"NaN"_s, u"Infinity"_s, u"-Infinity"_s, u"+Infinity"_s};
    for (const QString &special : specials)
        if (text.compare(special, Qt::CaseInsensitive) == 0)
            return true;
    qsizetype i = 0;
    const auto digitsAt = [&] {
        const qsizetype start = i;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        return i - start;
    };
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        ++i;
    qsizetype digits = digitsAt();
    if (i < text.size() && text[i] == u'.') {
        ++i;
        digits += digitsAt();
    }
    if (digits == 0)
        return false;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
            ++i;
        if (digitsAt() == 0)
            return false;
    }
    return i == text.size();
}

std::optional<bool> parseBool(QStringView text)
{
    static const QStringList truths = {u"1"_s, u"t"_s, u"true"_s, u"y"_s, u"yes"_s, u"on"_s};
    static const QStringList falsehoods = {u"0"_s, u"f"_s, u"false"_s, u"n"_s, u"no"_s, u"off"_s};
    const QStringView t = text.trimmed();
    for (const QString &s : truths)
        if (t.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    for (const QString &s : falsehoods)
        if (t.compare(s, Qt::CaseInsensitive) == 0)
            return false;
    return std::nullopt;
}

QString shortestText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString describe(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return SqlStreamReader::tr("binary value of %n byte(s)", nullptr, int(value.toByteArray().size()));
    QString text = value.toString();
    if (text.size() > 60)
        text = text.left(57) + u"..."_s;
    return u'\'' + text + u'\'';
}

} // namespace

SqlStreamReader::SqlStreamReader(std::shared_ptr<const Schema> schema, const ReadOptions &options,
                                 QString sourceName, QString streamName)
    : m_schema(std::move(schema))
    , m_options(options)
    , m_sourceName(std::move(sourceName))
    , m_streamName(std::move(streamName))
    , m_row(m_schema->size())
    , m_utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless)
{
    if (m_options.batchRows < 1)
        m_options.batchRows = 1;
}

SqlStreamReader::~SqlStreamReader() = default;

QList<BadRecord> SqlStreamReader::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

Result<bool> SqlStreamReader::next(RecordBatch &batch)
{
    if (batch.schema != m_schema || batch.columns.size() != m_schema->size())
        batch.reset(m_schema);
    else
        batch.clearRows();
    if (m_done)
        return false;
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        return Error(tr("Reading stream '%1' of source '%2' was cancelled.").arg(m_streamName, m_sourceName));

    for (Column &column : batch.columns)
        column.reserve(m_options.batchRows);
    const int columnCount = int(m_schema->size());
    while (batch.rowCount < m_options.batchRows) {
        if (m_options.limitRows >= 0 && m_recordsRead >= m_options.limitRows) {
            m_done = true;
            break;
        }
        Result<bool> fetched = fetchRow();
        if (!fetched) {
            m_done = true;
            return fetched.failure();
        }
        if (!*fetched) {
            m_done = true;
            break;
        }
        const qint64 recordNumber = m_recordsRead++;
        const QSqlQuery &query = currentQuery();
        bool good = true;
        for (int c = 0; c < columnCount && good; ++c) {
            Cell &cell = m_row[c];
            if (query.isNull(c)) {
                cell.kind = Cell::Kind::Null;
                continue;
            }
            QString reason;
            if (!convert(query.value(c), (*m_schema)[c].type, cell, reason)) {
                quarantine(query, recordNumber, c, reason);
                good = false;
            }
        }
        if (!good)
            continue;
        batch.noteRecord(recordNumber);
        appendStagedRow(batch);
    }
    if (m_done) {
        if (Status finished = finish(); !finished)
            return finished.failure();
    }
    return batch.rowCount > 0;
}

void SqlStreamReader::setText(Cell &cell, const QString &text)
{
    // Encode into the cell's reused buffer: no allocation per cell once buffers have grown.
    cell.kind = Cell::Kind::Text;
    cell.text.resize(std::size_t(m_utf8.requiredSpace(text.size())));
    char *end = m_utf8.appendToBuffer(cell.text.data(), text);
    cell.text.resize(std::size_t(end - cell.text.data()));
}

bool SqlStreamReader::convert(const QVariant &value, ColumnType type, Cell &cell, QString &reason)
{
    const int typeId = value.typeId();
    const bool integer = isIntegerType(typeId);
    const bool isDouble = typeId == QMetaType::Double || typeId == QMetaType::Float;
    const bool isString = typeId == QMetaType::QString;
    const bool isBytes = typeId == QMetaType::QByteArray;
    const auto fail = [&](const QString &why) {
        reason = why;
        return false;
    };
    const auto setInt = [&](std::int64_t v) {
        cell.kind = Cell::Kind::Int;
        cell.intValue = v;
        return true;
    };

    switch (type) {
    case ColumnType::Int64: {
        if (integer)
            return setInt(value.toLongLong());
        if (typeId == QMetaType::Bool)
            return setInt(value.toBool() ? 1 : 0);
        if (isDouble) {
            const double d = value.toDouble();
            // 2^63 is exactly representable; anything at or beyond it does not fit an int64.
            if (std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
                return setInt(std::int64_t(d));
            return fail(tr("%1 is not a whole number").arg(shortestText(d)));
        }
        if (isString) {
            bool ok = false;
            const qlonglong v = QStringView(value.toString()).trimmed().toLongLong(&ok);
            if (ok)
                return setInt(v);
        }
        return fail(tr("%1 is not a whole number").arg(describe(value)));
    }
    case ColumnType::Double: {
        if (integer || isDouble) {
            cell.kind = Cell::Kind::Double;
            cell.doubleValue = value.toDouble();
            return true;
        }
        if (isString) {
            bool ok = false;
            const double d = QStringView(value.toString()).trimmed().toDouble(&ok);
            if (ok) {
                cell.kind = Cell::Kind::Double;
                cell.doubleValue = d;
                return true;
            }
        }
        return fail(tr("%1 is not a number").arg(describe(value)));
    }
    case ColumnType::Bool: {
        if (typeId == QMetaType::Bool)
            return setInt(value.toBool() ? 1 : 0);
        if (integer || isDouble) {
            const double d = value.toDouble();
            if (d == 0 || d == 1)
                return setInt(d == 1 ? 1 : 0);
        } else if (isString) {
            if (const std::optional<bool> b = parseBool(value.toString()))
                return setInt(*b ? 1 : 0);
        }
        return fail(tr("%1 is not true or false").arg(describe(value)));
    }
    case ColumnType::Date: {
        if (typeId == QMetaType::QDate && value.toDate().isValid())
            return setInt(value.toDate().toJulianDay() - unixEpochJulianDay);
        if (isString) {
            if (const std::optional<qint64> days = parseIsoDate(value.toString()))
                return setInt(*days);
        }
        return fail(tr("%1 is not a date (YYYY-MM-DD)").arg(describe(value)));
    }
    case ColumnType::Timestamp: {
        if (typeId == QMetaType::QDateTime && value.toDateTime().isValid())
            return setInt(value.toDateTime().toMSecsSinceEpoch() * 1000);
        if (isString) {
            if (const std::optional<qint64> micros = parseIsoTimestamp(value.toString()))
                return setInt(*micros);
        }
        if (integer || isDouble) {
            // SQLite has no timestamp type; numbers in a TIMESTAMP column are Unix seconds
            // (strftime('%s'), unixepoch()), the only numeric convention its date functions share.
            const double micros = std::round(value.toDouble() * 1e6);
            if (micros >= -9.2e18 && micros <= 9.2e18)
                return setInt(std::int64_t(micros));
        }
        return fail(tr("%1 is not a timestamp (YYYY-MM-DD HH:MM:SS)").arg(describe(value)));
    }
    case ColumnType::Decimal: {
        if (integer) {
            setText(cell, QString::number(value.toLongLong()));
            return true;
        }
        if (isDouble) {
            setText(cell, shortestText(value.toDouble()));
            return true;
        }
        if (isString) {
            const QString text = value.toString().trimmed();
            if (isNumericText(text)) {
                setText(cell, text);
                return true;
            }
        }
        return fail(tr("%1 is not a decimal number").arg(describe(value)));
    }
    case ColumnType::Bytes: {
        cell.kind = Cell::Kind::Text;
        if (isBytes) {
            const QByteArray bytes = value.toByteArray();
            cell.text.assign(bytes.constData(), std::size_t(bytes.size()));
        } else {
            setText(cell, value.toString());
        }
        return true;
    }
    case ColumnType::String: {
        if (isBytes)
            return fail(tr("%1 in a text column").arg(describe(value)));
        if (isDouble)
            setText(cell, shortestText(value.toDouble()));
        else if (typeId == QMetaType::QDate)
            setText(cell, value.toDate().toString(Qt::ISODate));
        else if (typeId == QMetaType::QDateTime)
            setText(cell, value.toDateTime().toString(Qt::ISODateWithMs));
        else
            setText(cell, value.toString());
        return true;
    }
    }
    return fail(tr("unsupported column type"));
}

void SqlStreamReader::appendStagedRow(RecordBatch &batch)
{
    for (std::size_t c = 0; c < m_row.size(); ++c) {
        const Cell &cell = m_row[c];
        Column &column = batch.columns[c];
        switch (cell.kind) {
        case Cell::Kind::Null: column.appendNull(); break;
        case Cell::Kind::Int: column.appendInt(cell.intValue); break;
        case Cell::Kind::Double: column.appendDouble(cell.doubleValue); break;
        case Cell::Kind::Text: column.appendText(cell.text); break;
        }
    }
    ++batch.rowCount;
}

void SqlStreamReader::quarantine(const QSqlQuery &query, qint64 recordNumber, int column,
                                 const QString &reason)
{
    // The raw record is the whole row as a JSON array, so a quarantined row can be inspected
    // and replayed; binary values are written as PostgreSQL-style hex ("\x0102").
    QJsonArray row;
    const int count = std::min(query.record().count(), int(m_schema->size()));
    for (int c = 0; c < count; ++c) {
        const QVariant v = query.value(c);
        if (query.isNull(c))
            row.append(QJsonValue::Null);
        else if (v.typeId() == QMetaType::QByteArray)
            row.append(QString(u"\\x"_s + QString::fromLatin1(v.toByteArray().toHex())));
        else if (isIntegerType(v.typeId()))
            row.append(v.toLongLong());
        else if (v.typeId() == QMetaType::Double && std::isfinite(v.toDouble()))
            row.append(v.toDouble());
        else
            row.append(v.toString());
    }
    BadRecord bad;
    bad.recordNumber = recordNumber;
    bad.column = (*m_schema)[std::size_t(column)].name;
    bad.reason = tr("Column '%1' of stream '%2': %3").arg(bad.column, m_streamName, reason);
    bad.raw = QJsonDocument(row).toJson(QJsonDocument::Compact).left(maxRawBytes);
    m_badRecords.append(bad);
}

} // namespace miq
