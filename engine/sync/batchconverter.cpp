#include "engine/sync/batchconverter.h"

#include "engine/sync/valueparsers.h"

#include <QCryptographicHash>

#include <algorithm>
#include <type_traits>

namespace miq {

namespace {

bool isStringType(ColumnType type)
{
    return type == ColumnType::String || type == ColumnType::Bytes;
}

bool fits(const TypedValue &value, const TargetColumn &target)
{
    if (target.precision <= 0)
        return true;
    switch (value.type) {
    case ColumnType::Decimal:
        return value.digits.integerDigits <= target.precision - target.scale &&
               value.digits.scale <= target.scale;
    case ColumnType::String:
    case ColumnType::Bytes:
        return std::int64_t(value.text.size()) <= target.precision ||
               utf8Length(value.text) <= target.precision;
    default:
        return true;
    }
}

// convertValue() and the target's size limits.
bool convertTo(const TypedValue &in, const TargetColumn &target, TypedValue &out, std::string &buffer)
{
    return convertValue(in, target.type, out, buffer) && fits(out, target);
}

void copyCell(const Column &from, std::int64_t row, Column &to)
{
    if (from.isNull(row))
        to.appendNull();
    else if (from.isText())
        to.appendText(from.text(row));
    else if (from.type() == ColumnType::Double)
        to.appendDouble(from.doubleValue(row));
    else
        to.appendInt(from.intValue(row));
}

// Lowercase hex SHA-256 of salt + value.
std::string_view hashHex(QCryptographicHash &hash, const QByteArray &salt, std::string_view value,
                         std::string &out)
{
    static constexpr char digits[] = "0123456789abcdef";
    hash.reset();
    hash.addData(salt);
    hash.addData(QByteArrayView(value.data(), qsizetype(value.size())));
    const QByteArrayView digest = hash.resultView();
    out.resize(std::size_t(digest.size()) * 2);
    for (qsizetype i = 0; i < digest.size(); ++i) {
        const auto byte = static_cast<unsigned char>(digest[i]);
        out[std::size_t(i) * 2] = digits[byte >> 4];
        out[std::size_t(i) * 2 + 1] = digits[byte & 15];
    }
    return out;
}

// Runs `convert(text, row)` on every non-empty text; nulls and empty texts are handled here.
template<typename Convert>
void forEachText(const Column &source, std::int64_t rows, Column &out, bool keepEmpty, Convert convert)
{
    for (std::int64_t row = 0; row < rows; ++row) {
        if (source.isNull(row)) {
            out.appendNull();
            continue;
        }
        const std::string_view text = source.text(row);
        if (text.empty()) {
            if (keepEmpty)
                out.appendText(text);
            else
                out.appendNull();
            continue;
        }
        convert(text, row);
    }
}

// Parses every non-empty text straight into the column; a text `parse` rejects goes to `slow`.
template<typename T, typename Parse, typename Slow>
void parseTexts(const Column &source, std::int64_t rows, Column &out, Parse parse, const Slow &slow)
{
    forEachText(source, rows, out, false, [&](std::string_view text, std::int64_t row) {
        T value{};
        if (!parse(text, value))
            slow(row);
        else if constexpr (std::is_same_v<T, double>)
            out.appendDouble(value);
        else
            out.appendInt(value);
    });
}

} // namespace

struct BatchConverter::Scratch
{
    std::string parsed;
    std::string converted;
    std::string text;
    std::string masked;
    std::string cell;
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

// Rows with a value that does not fit, with the first target column that failed for each.
struct BatchConverter::Failures
{
    struct Failure
    {
        std::int64_t row = 0;
        std::size_t column = 0;
    };
    std::vector<Failure> list;
    std::vector<char> badRows; // allocated at the first failure only

    void mark(std::int64_t row, std::size_t column, std::int64_t rows)
    {
        if (badRows.empty())
            badRows.resize(std::size_t(rows), 0);
        if (!badRows[std::size_t(row)]) {
            badRows[std::size_t(row)] = 1;
            list.push_back({row, column});
        }
    }
};

namespace {

// The value of a non-null cell (non-empty when text) converted to `target`. A text must parse as
// the target type; failing that, when the column was inferred as another type, as that type and
// then convert exactly (yes -> 1, 12.00 -> 12, 1e3 -> 1000).
bool cellValue(const Column &source, std::int64_t row, ColumnType inferred, const TargetColumn &target,
               TypedValue &out, std::string &parsed, std::string &converted)
{
    if (!source.isText())
        return convertTo(typedCell(source, row), target, out, converted);
    const std::string_view text = source.text(row);
    if (parseValue(text, target.type, out, parsed))
        return fits(out, target);
    if (inferred == target.type || isStringType(inferred))
        return false;
    TypedValue original;
    return parseValue(text, inferred, original, parsed) && convertTo(original, target, out, converted);
}

} // namespace

bool BatchConverter::castAllowed(ColumnType from, ColumnType to)
{
    if (from == to || from == ColumnType::String || to == ColumnType::String)
        return true;
    switch (from) {
    case ColumnType::Int64:
        return to == ColumnType::Decimal || to == ColumnType::Double || to == ColumnType::Bool;
    case ColumnType::Decimal:
        return to == ColumnType::Int64 || to == ColumnType::Double;
    case ColumnType::Double:
        return to == ColumnType::Int64 || to == ColumnType::Decimal;
    case ColumnType::Bool:
        return to == ColumnType::Int64;
    case ColumnType::Date:
        return to == ColumnType::Timestamp;
    default:
        return false;
    }
}

Result<BatchConverter> BatchConverter::create(const Schema &source, const QList<TargetColumn> &inferred,
                                              const JobMapping &mapping, const QByteArray &maskSalt,
                                              const QString &runId, const QDateTime &loadedAt)
{
    if (qsizetype(source.size()) != inferred.size())
        return Error(tr("The type inference describes %1 columns, but the source has %2.")
                         .arg(inferred.size())
                         .arg(source.size()));
    BatchConverter converter;
    converter.m_salt = maskSalt;
    converter.m_sourceColumns = source.size();

    if (mapping.columns.isEmpty()) {
        for (std::size_t i = 0; i < source.size(); ++i) {
            ColumnMapping column;
            column.source = source[i].name;
            const Status added = converter.addSourceColumn(source, inferred[qsizetype(i)], int(i), column);
            if (!added)
                return Error(added.error());
        }
    }
    for (const ColumnMapping &column : mapping.columns) {
        Status added;
        if (column.constant) {
            if (column.include)
                added = converter.addConstantColumn(column);
        } else if (column.source.isEmpty()) {
            added = Error(column.target.isEmpty()
                              ? tr("A mapped column has neither a source column nor a constant value.")
                              : tr("Target column '%1' has neither a source column nor a constant value.")
                                    .arg(column.target));
        } else {
            const auto found = std::find_if(source.begin(), source.end(),
                                            [&](const Field &f) { return f.name == column.source; });
            if (found == source.end())
                added = Error(tr("The mapping names source column '%1', which the source does not have.")
                                  .arg(column.source));
            else if (column.include)
                added = converter.addSourceColumn(source, inferred[found - source.begin()],
                                                  int(found - source.begin()), column);
        }
        if (!added)
            return Error(added.error());
    }

    // The run metadata columns are constant columns of the run's values.
    if (mapping.addRunId) {
        if (runId.isEmpty())
            return Error(tr("The run has no id to put in column '%1'.").arg(QLatin1String(runIdColumn)));
        ColumnMapping column;
        column.target = QLatin1String(runIdColumn);
        column.constant = runId;
        if (const Status added = converter.addConstantColumn(column); !added)
            return Error(added.error());
    }
    if (mapping.addLoadedAt) {
        if (!loadedAt.isValid())
            return Error(
                tr("The run has no start time to put in column '%1'.").arg(QLatin1String(loadedAtColumn)));
        ColumnMapping column;
        column.target = QLatin1String(loadedAtColumn);
        column.cast = ColumnType::Timestamp;
        column.constant = loadedAt.toUTC().toString(Qt::ISODateWithMs);
        if (const Status added = converter.addConstantColumn(column); !added)
            return Error(added.error());
    }

    if (converter.m_plans.empty())
        return Error(tr("The mapping leaves no column to load."));
    auto schema = std::make_shared<Schema>();
    for (const TargetColumn &column : std::as_const(converter.m_columns))
        schema->push_back(Field{column.name, column.type});
    converter.m_schema = std::move(schema);
    return converter;
}

Status BatchConverter::addSourceColumn(const Schema &source, const TargetColumn &inferred, int index,
                                       const ColumnMapping &mapping)
{
    Plan plan;
    plan.source = index;
    const ColumnType physical = source[std::size_t(index)].type;
    // A typed column holds values of its own type whatever the inference says.
    plan.inferredType = physical == ColumnType::String ? inferred.type : physical;
    plan.value = inferred;
    if (plan.value.type != plan.inferredType) {
        plan.value.type = plan.inferredType;
        plan.value.precision = 0;
        plan.value.scale = 0;
    }
    if (mapping.cast && *mapping.cast != plan.inferredType) {
        if (!castAllowed(plan.inferredType, *mapping.cast))
            return Error(
                tr("Column '%1' holds %2 values, which cannot be cast to %3.")
                    .arg(mapping.source, columnTypeName(plan.inferredType), columnTypeName(*mapping.cast)));
        plan.value.type = *mapping.cast;
        // Unknown sizes are unbounded; an int64 always fits 19 digits.
        plan.value.precision =
            *mapping.cast == ColumnType::Decimal && plan.inferredType == ColumnType::Int64 ? 19 : 0;
        plan.value.scale = 0;
    }
    plan.mask = mapping.mask;
    plan.validate = mapping.mask == ColumnMapping::Mask::None || mapping.cast.has_value();

    TargetColumn target = plan.value;
    target.name = mapping.target.isEmpty() ? mapping.source : mapping.target;
    target.nullable = inferred.nullable;
    if (mapping.mask != ColumnMapping::Mask::None) {
        target.type = ColumnType::String;
        target.precision =
            mapping.mask == ColumnMapping::Mask::Hash ? hashLength : int(sizeof redactedText - 1);
        target.scale = 0;
    }
    return addColumn(std::move(plan), target);
}

Status BatchConverter::addConstantColumn(const ColumnMapping &mapping)
{
    const QString name = mapping.target.isEmpty() ? mapping.source : mapping.target;
    if (name.isEmpty())
        return Error(tr("The constant column '%1' needs a target name.").arg(*mapping.constant));
    const ColumnType type = mapping.cast.value_or(ColumnType::String);
    const QByteArray utf8 = mapping.constant->toUtf8();
    const std::string_view text(utf8.constData(), std::size_t(utf8.size()));

    Plan plan;
    plan.origin = Origin::Constant;
    plan.mask = mapping.mask;
    TargetColumn target;
    target.name = name;
    target.type = mapping.mask == ColumnMapping::Mask::None ? type : ColumnType::String;
    target.nullable = false;
    plan.constant = Column(target.type);

    TypedValue value;
    std::string buffer;
    if (text.empty()) { // like an empty source value: null, or "" in a text column
        if (target.type == ColumnType::String || target.type == ColumnType::Bytes) {
            plan.constant.appendText(text);
        } else {
            plan.constant.appendNull();
            target.nullable = true;
        }
    } else if (!parseValue(text, type, value, buffer)) {
        return Error(tr("The constant '%1' of column '%2' is not a valid %3.")
                         .arg(*mapping.constant, name, columnTypeName(type)));
    } else if (mapping.mask == ColumnMapping::Mask::Hash) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        std::string hex;
        plan.constant.appendText(hashHex(hash, m_salt, text, hex));
        target.precision = hashLength;
    } else if (mapping.mask == ColumnMapping::Mask::Redact) {
        plan.constant.appendText(redactedText);
        target.precision = int(sizeof redactedText - 1);
    } else {
        appendTypedValue(plan.constant, value);
        if (type == ColumnType::Decimal) {
            target.precision = std::max(1, value.digits.integerDigits + value.digits.scale);
            target.scale = value.digits.scale;
        } else if (type == ColumnType::String) {
            target.precision = int(utf8Length(text));
        }
    }
    return addColumn(std::move(plan), target);
}

Status BatchConverter::addColumn(Plan plan, TargetColumn target)
{
    if (target.name.trimmed().isEmpty())
        return Error(tr("A target column has an empty name."));
    for (const TargetColumn &existing : std::as_const(m_columns)) {
        if (existing.name.compare(target.name, Qt::CaseInsensitive) == 0)
            return Error(tr("Two target columns are named '%1'.").arg(target.name));
    }
    m_plans.push_back(std::move(plan));
    m_columns.append(target);
    return {};
}

void BatchConverter::convertColumn(std::size_t index, const RecordBatch &in, Column &out, Scratch &scratch,
                                   Failures &failures) const
{
    const Plan &plan = m_plans[index];
    const std::int64_t rows = in.rowCount;
    if (plan.origin == Origin::Constant) {
        out.reserve(rows, rows * plan.constant.byteSize());
        for (std::int64_t row = 0; row < rows; ++row)
            copyCell(plan.constant, 0, out);
        return;
    }
    const Column &source = in.columns[std::size_t(plan.source)];
    Q_ASSERT(source.size() >= rows);
    const auto fail = [&](std::int64_t row) {
        out.appendNull();
        failures.mark(row, index, rows);
    };
    const auto convertCell = [&](std::int64_t row) {
        TypedValue value;
        if (cellValue(source, row, plan.inferredType, plan.value, value, scratch.parsed, scratch.converted))
            appendTypedValue(out, value);
        else
            fail(row);
    };

    if (plan.mask != ColumnMapping::Mask::None) {
        out.reserve(rows, rows * hashLength);
        for (std::int64_t row = 0; row < rows; ++row) {
            if (source.isNull(row)) {
                out.appendNull();
                continue;
            }
            if (source.isText() && source.text(row).empty()) {
                out.appendText({});
                continue;
            }
            TypedValue value;
            if (plan.validate && !cellValue(source, row, plan.inferredType, plan.value, value, scratch.parsed,
                                            scratch.converted)) {
                fail(row);
                continue;
            }
            if (plan.mask == ColumnMapping::Mask::Redact) {
                out.appendText(redactedText);
                continue;
            }
            scratch.text.clear();
            appendCellText(scratch.text, source, row);
            out.appendText(hashHex(scratch.hash, m_salt, scratch.text, scratch.masked));
        }
        return;
    }

    if (!source.isText()) {
        out.reserve(rows, out.isText() ? rows * 24 : 0);
        for (std::int64_t row = 0; row < rows; ++row) {
            if (source.isNull(row))
                out.appendNull();
            else
                convertCell(row);
        }
        return;
    }

    // Text source: the common cases parse straight into the column; anything else (and every
    // failure, to try the fallback and to tell why) goes through cellValue().
    out.reserve(rows, out.isText() ? source.byteSize() : 0);
    const TargetColumn &target = plan.value;
    switch (target.type) {
    case ColumnType::Int64:
        parseTexts<std::int64_t>(
            source, rows, out, [](auto t, auto &v) { return parseInt64(t, v); }, convertCell);
        return;
    case ColumnType::Double:
        parseTexts<double>(
            source, rows, out, [](auto t, auto &v) { return parseDouble(t, v); }, convertCell);
        return;
    case ColumnType::Date:
        parseTexts<std::int64_t>(
            source, rows, out, [](auto t, auto &v) { return parseDate(t, v); }, convertCell);
        return;
    case ColumnType::Timestamp:
        parseTexts<std::int64_t>(
            source, rows, out, [](auto t, auto &v) { return parseTimestamp(t, v); }, convertCell);
        return;
    case ColumnType::String:
    case ColumnType::Bytes:
        forEachText(source, rows, out, true, [&](std::string_view text, std::int64_t row) {
            if (target.precision <= 0 || std::int64_t(text.size()) <= target.precision)
                out.appendText(text);
            else
                convertCell(row);
        });
        return;
    case ColumnType::Bool:
    case ColumnType::Decimal:
        forEachText(source, rows, out, false, [&](std::string_view, std::int64_t row) { convertCell(row); });
        return;
    }
}

qint64 BatchConverter::convert(const RecordBatch &in, RecordBatch &out, QList<BadRecord> &bad) const
{
    if (out.schema == m_schema && out.columns.size() == m_schema->size())
        out.clearRows();
    else
        out.reset(m_schema);
    out.firstRecord = in.firstRecord;

    Scratch scratch;
    const auto rawLine = [&](std::int64_t row) {
        // The row as an RFC 4180 line, bounded like the readers' raw bytes.
        std::string &line = scratch.text;
        line.clear();
        for (std::size_t i = 0; i < in.columns.size() && line.size() < std::size_t(maxRawBytes); ++i) {
            if (i > 0)
                line += ',';
            const Column &column = in.columns[i];
            if (row >= column.size() || column.isNull(row))
                continue;
            std::string &cell = scratch.cell;
            cell.clear();
            appendCellText(cell, column, row);
            if (cell.find_first_of(",\"\r\n") == std::string::npos) {
                line += cell;
                continue;
            }
            line += '"';
            for (const char c : cell) {
                if (c == '"')
                    line += '"';
                line += c;
            }
            line += '"';
        }
        return QByteArray(line.data(), qsizetype(std::min(line.size(), std::size_t(maxRawBytes))));
    };

    if (in.columns.size() != m_sourceColumns) {
        // Not the source this converter was made for: quarantine rather than read out of bounds.
        for (std::int64_t row = 0; row < in.rowCount; ++row) {
            BadRecord record;
            record.recordNumber = in.recordNumber(row);
            record.reason = tr("the record has %1 columns where the source has %2")
                                .arg(in.columns.size())
                                .arg(m_sourceColumns);
            record.raw = rawLine(row);
            bad.append(record);
        }
        return 0;
    }

    Failures failures;
    for (std::size_t i = 0; i < m_plans.size(); ++i)
        convertColumn(i, in, out.columns[i], scratch, failures);
    out.rowCount = in.rowCount;
    if (failures.list.empty())
        return out.rowCount;

    // Leave the failed rows out: rebuild the columns from the rows that passed (rare, so a copy
    // is cheaper than converting every batch row by row).
    const std::int64_t kept = in.rowCount - std::int64_t(failures.list.size());
    for (Column &column : out.columns) {
        Column passed(column.type());
        passed.reserve(kept, column.byteSize());
        for (std::int64_t row = 0; row < in.rowCount; ++row) {
            if (!failures.badRows[std::size_t(row)])
                copyCell(column, row, passed);
        }
        column = std::move(passed);
    }
    out.rowCount = kept;

    // In record order (they were found column by column).
    std::sort(failures.list.begin(), failures.list.end(),
              [](const auto &a, const auto &b) { return a.row < b.row; });
    for (const Failures::Failure &failure : failures.list) {
        const Plan &plan = m_plans[failure.column];
        std::string &value = scratch.converted;
        value.clear();
        appendCellText(value, in.columns[std::size_t(plan.source)], failure.row);
        BadRecord record;
        record.recordNumber = in.recordNumber(failure.row);
        record.column = m_columns[qsizetype(failure.column)].name;
        record.reason = failureReason(plan, value);
        record.raw = rawLine(failure.row);
        bad.append(record);
    }
    return out.rowCount;
}

QString BatchConverter::failureReason(const Plan &plan, std::string_view value) const
{
    QString shown = QString::fromUtf8(value.data(), qsizetype(value.size()));
    if (shown.size() > 80)
        shown = shown.left(77) + QStringLiteral("...");
    const TargetColumn &target = plan.value;
    switch (target.type) {
    case ColumnType::Int64: {
        const std::string_view digits =
            value.substr(!value.empty() && (value[0] == '+' || value[0] == '-') ? 1 : 0);
        if (!digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos) {
            return digits.size() > 1 && digits[0] == '0'
                       ? tr("value '%1' is not an integer (it has leading zeros)").arg(shown)
                       : tr("value '%1' is outside the integer range").arg(shown);
        }
        return tr("value '%1' is not an integer").arg(shown);
    }
    case ColumnType::Double:
        return tr("value '%1' is not a number").arg(shown);
    case ColumnType::Decimal: {
        std::string canonical;
        if (parseDecimal(value, canonical))
            return tr("value '%1' does not fit decimal(%2,%3)")
                .arg(shown)
                .arg(target.precision)
                .arg(target.scale);
        return tr("value '%1' is not a decimal number (at most %2 digits, no exponent)")
            .arg(shown)
            .arg(maxDecimalDigits);
    }
    case ColumnType::Bool:
        return tr("value '%1' is not a boolean (true/false, yes/no, t/f, y/n, 1/0)").arg(shown);
    case ColumnType::Date:
        return tr("value '%1' is not a valid date (YYYY-MM-DD)").arg(shown);
    case ColumnType::Timestamp:
        return tr("value '%1' is not a valid timestamp (YYYY-MM-DD HH:MM:SS)").arg(shown);
    case ColumnType::String:
    case ColumnType::Bytes:
        return tr("value '%1' is longer than %2 characters").arg(shown).arg(target.precision);
    }
    return QString();
}

} // namespace miq
