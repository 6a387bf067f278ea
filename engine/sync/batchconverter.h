#pragma once

#include "connectors/connector.h"
#include "connectors/destination.h"
#include "connectors/recordbatch.h"
#include "connectors/result.h"
#include "engine/sync/mapping.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace miq {

// Turns source record batches into batches of the target table: applies the job's mapping
// (include/exclude, rename, cast, constant columns, masks, run metadata columns) and converts
// every value to its target column's type with the same parsers the type inference used.
//
// Built once per run; convert() is const and keeps no state, so one converter can serve several
// worker threads at once.
//
// Conversion rules:
// - Null stays null. An empty text is null in a typed target and stays "" in a String target
//   (text is copied as is, never trimmed or changed).
// - A text value must fit its target column as it is: the target type's parser accepts it (see
//   valueparsers.h), a Decimal has no more integer digits / scale than the column's precision and
//   scale, a String no more code points than its precision (0 = unbounded). With a cast, a value
//   in the source column's own (inferred) form is also taken when it converts exactly: yes/no to
//   1/0, 12.00 to 12, 1e3 to 1000, a date to its midnight.
// - A typed source value (a database column) converts exactly or not at all: 2.5 is no integer.
// - Casts that cannot make sense for the column's type (a date to a boolean) are refused by
//   create(); allowed: anything from String; integer <-> decimal/double; integer -> boolean;
//   boolean -> integer; date -> timestamp; and anything to String.
// - Masks apply after the cast: with a cast, the value must fit it (or the row is quarantined);
//   then the original text (a typed value: its canonical text) is hashed or redacted. Without a
//   cast a masked column takes any value. Null and empty values stay as they are.
// - Target names are compared case-insensitively (SQLite and most databases fold them).
class BatchConverter
{
    Q_DECLARE_TR_FUNCTIONS(BatchConverter)

public:
    static constexpr char runIdColumn[] = "_miq_run_id";
    static constexpr char loadedAtColumn[] = "_miq_loaded_at";
    static constexpr char redactedText[] = "[REDACTED]";
    static constexpr int hashLength = 64;    // hex SHA-256
    static constexpr int maxRawBytes = 4096; // of a BadRecord's raw line

    // `inferred`: TypeInference::result() (one per source column). An empty mapping takes every
    // source column as it is. Errors name the column: unknown source column, duplicate or empty
    // target name, a cast that makes no sense, an invalid constant.
    static Result<BatchConverter> create(const Schema &source, const QList<TargetColumn> &inferred,
                                         const JobMapping &mapping, const QByteArray &maskSalt,
                                         const QString &runId, const QDateTime &loadedAt);

    const QList<TargetColumn> &targetColumns() const { return m_columns; }
    std::shared_ptr<const Schema> targetSchema() const { return m_schema; }

    // Converts every row of `in` into `out` (reset to the target schema, rows appended; its
    // buffers are reused when it already has this converter's schema). A row with a value that
    // does not fit its target column is left out of `out` and appended to `bad` (recordNumber =
    // in.firstRecord + row, column = the first failing target column, raw = the row as a CSV
    // line). Returns the number of rows written to `out`.
    qint64 convert(const RecordBatch &in, RecordBatch &out, QList<BadRecord> &bad) const;

    // Whether a column whose values are of type `from` may be cast to `to`.
    static bool castAllowed(ColumnType from, ColumnType to);

private:
    enum class Origin { Source, Constant };

    struct Plan
    {
        Origin origin = Origin::Source;
        int source = -1;                              // index of the source column
        ColumnType inferredType = ColumnType::String; // what the source values are
        TargetColumn value;                           // what each value must fit (cast or inferred)
        bool validate = true;                         // false: a masked column without a cast, any value goes
        ColumnMapping::Mask mask = ColumnMapping::Mask::None;
        Column constant; // Origin::Constant: the converted cell every row gets
    };
    struct Scratch;
    struct Failures;

    BatchConverter() = default;

    Status addSourceColumn(const Schema &source, const TargetColumn &inferred, int index,
                           const ColumnMapping &mapping);
    Status addConstantColumn(const ColumnMapping &mapping);
    Status addColumn(Plan plan, TargetColumn target);
    void convertColumn(std::size_t index, const RecordBatch &in, Column &out, Scratch &scratch,
                       Failures &failures) const;
    QString failureReason(const Plan &plan, std::string_view value) const;

    std::vector<Plan> m_plans; // one per target column
    QList<TargetColumn> m_columns;
    std::shared_ptr<const Schema> m_schema;
    std::size_t m_sourceColumns = 0;
    QByteArray m_salt;
};

} // namespace miq
