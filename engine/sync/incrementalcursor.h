#pragma once

#include "connectors/connector.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace miq {

// How far an incremental job has loaded: the largest cursor value seen and the keys of the rows
// that carry exactly that value. The next run reads from that value INCLUSIVELY (rows that
// arrived later with the same value are not lost) and skips the rows whose key it already loaded
// there (they are not doubled). The keys are 64-bit hashes of the key columns' typed values (of
// the whole row when the job has no keys).
struct CursorPosition
{
    bool isSet = false;
    ColumnType type = ColumnType::String;
    std::int64_t intValue = 0; // Int64, Bool, Date, Timestamp
    double doubleValue = 0;    // Double
    std::string text;          // String, Decimal (canonical), Bytes
    std::unordered_set<std::uint64_t> keys;

    // Takes over `later` when its value is larger, joins the keys when equal.
    void merge(const CursorPosition &later);
    // The value as text, for messages and for pushing the bound down into a source's query.
    QString valueText() const;

    QJsonObject toJson() const;
    static CursorPosition fromJson(const QJsonObject &json, ColumnType type);
};

// Applies an incremental job's lower bound to converted batches, on the run's reading thread.
class IncrementalFilter
{
    Q_DECLARE_TR_FUNCTIONS(IncrementalFilter)

public:
    // `cursor` is the index of the cursor column in the target batches; `keys` those of the key
    // columns (empty = every column); `from` the position the previous runs reached.
    IncrementalFilter(int cursor, std::vector<int> keys, CursorPosition from, QString cursorName);

    struct Outcome
    {
        std::int64_t skipped = 0;  // rows loaded by an earlier run
        CursorPosition seen;       // the largest cursor value among the rows kept, with their keys
    };

    // Removes from `batch` the rows an earlier run loaded. A row whose cursor is null (or NaN)
    // cannot be placed and is set aside in `bad` rather than dropped or loaded twice.
    Outcome apply(RecordBatch &batch, QList<BadRecord> &bad) const;

private:
    int compareToBound(const Column &column, std::int64_t row) const;
    std::uint64_t keyHash(const RecordBatch &batch, std::int64_t row) const;

    int m_cursor;
    std::vector<int> m_keys;
    CursorPosition m_from;
    QString m_cursorName;
};

// Compares canonical decimal texts ("-12.5", "0.25", "300") by value: <0, 0, >0.
int compareDecimalText(std::string_view a, std::string_view b);

} // namespace miq
