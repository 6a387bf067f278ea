#pragma once

#include "connectors/recordbatch.h"

#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace miq {

// The 64-bit hash of one typed cell, as the checksums use it (nulls hash to a constant).
std::uint64_t cellHash(const Column &column, std::int64_t row);

// An order-independent fingerprint of a set of rows: the row count, the wrapping sum of a 64-bit
// hash of every row, and the same sum per column. Sums commute, so the source side (rows as they
// are converted) and the destination side (rows as read back, in any order) can be compared,
// and per-run partial sums continue across a resume. Hashes cover the typed value (not its text),
// with nulls hashed distinctly from empty strings.
class TableChecksum
{
public:
    TableChecksum() = default;
    explicit TableChecksum(int columns)
        : m_columns(std::size_t(columns), 0)
    {}

    void add(const RecordBatch &batch);
    void merge(const TableChecksum &other);

    std::int64_t rows() const { return m_rows; }
    std::uint64_t rowSum() const { return m_rowSum; }
    const std::vector<std::uint64_t> &columnSums() const { return m_columns; }

    bool operator==(const TableChecksum &other) const = default;

    // Names of the columns whose sums differ (same column count assumed).
    QStringList differingColumns(const TableChecksum &other, const QStringList &names) const;

    QJsonObject toJson() const;
    static TableChecksum fromJson(const QJsonObject &json);

private:
    std::int64_t m_rows = 0;
    std::uint64_t m_rowSum = 0;
    std::vector<std::uint64_t> m_columns;
};

} // namespace miq
