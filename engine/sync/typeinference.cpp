#include "engine/sync/typeinference.h"

#include "engine/sync/valueparsers.h"

#include <algorithm>
#include <limits>

namespace miq {

TypeInference::TypeInference(const Schema &schema)
    : m_schema(schema)
    , m_columns(schema.size())
{}

void TypeInference::add(const RecordBatch &batch)
{
    Q_ASSERT(batch.columns.size() == m_schema.size());
    const std::size_t count = std::min(batch.columns.size(), m_schema.size());
    for (std::size_t i = 0; i < count; ++i) {
        const Column &column = batch.columns[i];
        Evidence &evidence = m_columns[i];
        switch (m_schema[i].type) {
        case ColumnType::String:
            if (column.isText()) {
                addText(column, evidence);
                continue;
            }
            break;
        case ColumnType::Decimal:
            if (column.isText()) {
                addDecimal(column, evidence);
                continue;
            }
            break;
        default:
            break;
        }
        // A typed column keeps its type: only its nulls matter.
        evidence.nulls += column.nullCount();
        evidence.values += column.size() - column.nullCount();
    }
    m_rows += batch.rowCount;
}

void TypeInference::addText(const Column &column, Evidence &evidence)
{
    // Work on locals so the compiler keeps them in registers across the loop.
    std::uint8_t candidates = evidence.candidates;
    std::int64_t values = 0;
    std::int64_t nulls = 0;
    std::int64_t maxChars = evidence.maxChars;
    bool boolWord = evidence.boolWord;
    bool finiteNumber = evidence.finiteNumber;
    int integerDigits = evidence.integerDigits;
    int scale = evidence.scale;

    const std::int64_t rows = column.size();
    for (std::int64_t row = 0; row < rows; ++row) {
        if (column.isNull(row)) {
            ++nulls;
            continue;
        }
        const std::string_view text = column.text(row);
        if (text.empty()) {
            ++nulls;
            continue;
        }
        ++values;
        // A text never has more code points than bytes: count them only when it may set a record.
        if (std::int64_t(text.size()) > maxChars)
            maxChars = std::max(maxChars, utf8Length(text));
        if (candidates == 0)
            continue;

        if (candidates & BoolCandidate) {
            bool value = false;
            bool word = false;
            if (parseBool(text, value, &word))
                boolWord = boolWord || word;
            else
                candidates &= ~BoolCandidate;
        }
        if (candidates & (Int64Candidate | DecimalCandidate | DoubleCandidate)) {
            NumberShape shape;
            if (classifyNumber(text, shape)) {
                if (!shape.int64)
                    candidates &= ~Int64Candidate;
                if (shape.decimal) {
                    integerDigits = std::max(integerDigits, shape.digits.integerDigits);
                    scale = std::max(scale, shape.digits.scale);
                } else {
                    candidates &= ~DecimalCandidate;
                }
                finiteNumber = finiteNumber || shape.finite;
            } else {
                candidates &= ~(Int64Candidate | DecimalCandidate | DoubleCandidate);
            }
        }
        if (candidates & (DateCandidate | TimestampCandidate)) {
            std::int64_t micros = 0;
            bool dateOnly = false;
            if (parseTimestamp(text, micros, &dateOnly)) {
                if (!dateOnly)
                    candidates &= ~DateCandidate;
            } else {
                candidates &= ~(DateCandidate | TimestampCandidate);
            }
        }
    }

    evidence.candidates = candidates;
    evidence.values += values;
    evidence.nulls += nulls;
    evidence.maxChars = maxChars;
    evidence.boolWord = boolWord;
    evidence.finiteNumber = finiteNumber;
    evidence.integerDigits = integerDigits;
    evidence.scale = scale;
}

void TypeInference::addDecimal(const Column &column, Evidence &evidence)
{
    const std::int64_t rows = column.size();
    for (std::int64_t row = 0; row < rows; ++row) {
        const std::string_view text = column.isNull(row) ? std::string_view() : column.text(row);
        if (text.empty()) {
            ++evidence.nulls;
            continue;
        }
        ++evidence.values;
        NumberShape shape;
        if (classifyNumber(text, shape) && shape.decimal) {
            evidence.integerDigits = std::max(evidence.integerDigits, shape.digits.integerDigits);
            evidence.scale = std::max(evidence.scale, shape.digits.scale);
        } else {
            // NUMERIC NaN or more than 38 digits: only an unconstrained decimal holds it.
            evidence.decimalUnbounded = true;
        }
    }
}

void TypeInference::merge(const TypeInference &other)
{
    Q_ASSERT(other.m_columns.size() == m_columns.size());
    const std::size_t count = std::min(other.m_columns.size(), m_columns.size());
    for (std::size_t i = 0; i < count; ++i) {
        Evidence &mine = m_columns[i];
        const Evidence &theirs = other.m_columns[i];
        mine.values += theirs.values;
        mine.nulls += theirs.nulls;
        mine.candidates &= theirs.candidates;
        mine.boolWord = mine.boolWord || theirs.boolWord;
        mine.finiteNumber = mine.finiteNumber || theirs.finiteNumber;
        mine.decimalUnbounded = mine.decimalUnbounded || theirs.decimalUnbounded;
        mine.integerDigits = std::max(mine.integerDigits, theirs.integerDigits);
        mine.scale = std::max(mine.scale, theirs.scale);
        mine.maxChars = std::max(mine.maxChars, theirs.maxChars);
    }
    m_rows += other.m_rows;
}

TargetColumn TypeInference::textResult(const Evidence &e)
{
    TargetColumn column;
    column.type = ColumnType::String;
    if (e.values == 0)
        return column; // no evidence at all: the most general type, unbounded
    const std::uint8_t c = e.candidates;
    if ((c & BoolCandidate) && e.boolWord) {
        column.type = ColumnType::Bool;
    } else if (c & Int64Candidate) {
        column.type = ColumnType::Int64;
    } else if ((c & DecimalCandidate) && e.integerDigits + e.scale <= maxDecimalDigits) {
        column.type = ColumnType::Decimal;
        column.precision = std::max(1, e.integerDigits + e.scale);
        column.scale = e.scale;
    } else if ((c & DoubleCandidate) && e.finiteNumber) {
        // Also decimals whose integer and fraction digits together pass 38: no DECIMAL(38, s)
        // holds both the widest integer part and the longest fraction exactly.
        column.type = ColumnType::Double;
    } else if (c & DateCandidate) {
        column.type = ColumnType::Date;
    } else if (c & TimestampCandidate) {
        column.type = ColumnType::Timestamp;
    } else {
        column.precision = int(std::min<std::int64_t>(e.maxChars, std::numeric_limits<int>::max()));
    }
    return column;
}

QList<TargetColumn> TypeInference::result() const
{
    QList<TargetColumn> columns;
    columns.reserve(qsizetype(m_schema.size()));
    for (std::size_t i = 0; i < m_schema.size(); ++i) {
        const Evidence &e = m_columns[i];
        TargetColumn column;
        switch (m_schema[i].type) {
        case ColumnType::String:
            column = textResult(e);
            break;
        case ColumnType::Decimal:
            column.type = ColumnType::Decimal;
            if (!e.decimalUnbounded && e.values > 0 && e.integerDigits + e.scale <= maxDecimalDigits) {
                column.precision = std::max(1, e.integerDigits + e.scale);
                column.scale = e.scale;
            }
            break;
        default:
            column.type = m_schema[i].type;
            break;
        }
        column.name = m_schema[i].name;
        column.nullable = e.nulls > 0 || e.values == 0;
        columns.append(column);
    }
    return columns;
}

} // namespace miq
