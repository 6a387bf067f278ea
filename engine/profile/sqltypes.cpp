// ColumnProfiler::recommendSqlTypes: the narrowest type of each SQL dialect that holds EVERY
// profiled value of the column. A column with values that do not fit its inferred type gets a
// text type (the advice must be safe to create a table with); the alerts say what to clean.

#include "engine/profile/columnprofiler.h"

#include <limits>

namespace miq {

namespace {

struct SqlTypes
{
    QString sqlite, postgres, mysql;
};

SqlTypes textTypes(std::int64_t maxLength)
{
    const qint64 n = std::max<qint64>(1, maxLength);
    SqlTypes t{QStringLiteral("TEXT"), QString(), QString()};
    t.postgres = n <= 10485760 ? QStringLiteral("VARCHAR(%1)").arg(n) : QStringLiteral("TEXT");
    // MySQL: VARCHAR up to 16,383 characters in utf8mb4; beyond, the TEXT family by byte size.
    if (n <= 16383)
        t.mysql = QStringLiteral("VARCHAR(%1)").arg(n);
    else if (n * 4 <= 16777215)
        t.mysql = QStringLiteral("MEDIUMTEXT");
    else
        t.mysql = QStringLiteral("LONGTEXT");
    return t;
}

SqlTypes integerTypes(std::int64_t lo, std::int64_t hi)
{
    SqlTypes t{QStringLiteral("INTEGER"), QString(), QString()};
    const auto within = [&](std::int64_t min, std::int64_t max) { return lo >= min && hi <= max; };
    if (within(-32768, 32767))
        t.postgres = QStringLiteral("SMALLINT");
    else if (within(std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()))
        t.postgres = QStringLiteral("INTEGER");
    else
        t.postgres = QStringLiteral("BIGINT");
    if (within(-128, 127))
        t.mysql = QStringLiteral("TINYINT");
    else if (within(-32768, 32767))
        t.mysql = QStringLiteral("SMALLINT");
    else if (within(-8388608, 8388607))
        t.mysql = QStringLiteral("MEDIUMINT");
    else if (within(std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()))
        t.mysql = QStringLiteral("INT");
    else
        t.mysql = QStringLiteral("BIGINT");
    return t;
}

// Fraction digits of the timestamps/times seen (from their formats), for TIMESTAMP(p)/DATETIME(p).
int fractionDigits(const ProfileColumn &column)
{
    int digits = 0;
    for (const ValueCount &f : column.dateFormats) {
        const qsizetype dot = f.value.indexOf(QLatin1Char('.'));
        if (dot < 0)
            continue;
        int n = 0;
        for (qsizetype i = dot + 1; i < f.value.size() && f.value[i] == QLatin1Char('f'); ++i)
            ++n;
        digits = std::max(digits, n);
    }
    return std::min(digits, 6);
}

} // namespace

void ColumnProfiler::recommendSqlTypes(ProfileColumn &column, const ColumnStats &stats, const ColumnFacts &facts)
{
    SqlTypes t;
    const std::int64_t longest = column.lengthMax.value_or(stats.lengthMax);
    if (column.nonConformingCount > 0 || column.inferredType == ProfileType::Text
        || column.inferredType == ProfileType::Empty) {
        if (column.inferredType == ProfileType::Text && column.semanticType == SemanticType::Uuid
            && column.semanticConfidence >= 1.0)
            t = {QStringLiteral("TEXT"), QStringLiteral("UUID"), QStringLiteral("CHAR(36)")};
        else if (column.inferredType == ProfileType::Empty)
            t = {QStringLiteral("TEXT"), QStringLiteral("TEXT"), QStringLiteral("TEXT")};
        else
            t = textTypes(facts.textColumn ? longest : 64);
    } else {
        switch (column.inferredType) {
        case ProfileType::Integer:
            t = stats.integers > 0 ? integerTypes(stats.intMin, stats.intMax)
                                   : SqlTypes{QStringLiteral("INTEGER"), QStringLiteral("BIGINT"), QStringLiteral("BIGINT")};
            break;
        case ProfileType::Decimal: {
            if (column.sourceType == ColumnType::Decimal && stats.decimals < facts.nonBlank) {
                t = {QStringLiteral("NUMERIC"), QStringLiteral("NUMERIC"), QStringLiteral("DECIMAL(65, 30)")};
                break;
            }
            const int precision = std::max(1, stats.maxIntegerDigits + stats.maxScale);
            const QString exact = QStringLiteral("(%1, %2)").arg(precision).arg(stats.maxScale);
            t = {QStringLiteral("NUMERIC"), QStringLiteral("NUMERIC") + exact, QStringLiteral("DECIMAL") + exact};
            break;
        }
        case ProfileType::Float:
            t = {QStringLiteral("REAL"), QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE")};
            break;
        case ProfileType::Boolean:
            t = {QStringLiteral("INTEGER"), QStringLiteral("BOOLEAN"), QStringLiteral("TINYINT(1)")};
            break;
        case ProfileType::Date:
            t = {QStringLiteral("TEXT"), QStringLiteral("DATE"), QStringLiteral("DATE")};
            break;
        case ProfileType::Time: {
            const int p = fractionDigits(column);
            const QString suffix = p > 0 ? QStringLiteral("(%1)").arg(p) : QString();
            t = {QStringLiteral("TEXT"), QStringLiteral("TIME") + suffix, QStringLiteral("TIME") + suffix};
            break;
        }
        case ProfileType::Timestamp:
        case ProfileType::TimestampTz: {
            const int p = column.sourceType == ColumnType::Timestamp ? 6 : fractionDigits(column);
            const QString suffix = p > 0 ? QStringLiteral("(%1)").arg(p) : QString();
            const bool zoned = column.inferredType == ProfileType::TimestampTz;
            // MySQL has no zone-aware type with a useful range: DATETIME holding UTC values.
            t = {QStringLiteral("TEXT"), (zoned ? QStringLiteral("TIMESTAMPTZ") : QStringLiteral("TIMESTAMP")) + suffix,
                 QStringLiteral("DATETIME") + suffix};
            break;
        }
        default:
            t = textTypes(longest);
            break;
        }
    }
    column.sqlTypeSqlite = t.sqlite;
    column.sqlTypePostgres = t.postgres;
    column.sqlTypeMysql = t.mysql;
}

} // namespace miq
