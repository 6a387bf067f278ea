#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace miq {

// Logical type of a column as a connector knows it. Text sources report String and leave type
// inference to the engine; typed sources (databases) report what the server declares.
enum class ColumnType {
    String,    // UTF-8 text, stored as offsets into one buffer
    Int64,
    Double,
    Bool,      // stored as 0/1 in the int64 values
    Date,      // days since 1970-01-01 in the int64 values
    Timestamp, // microseconds since 1970-01-01T00:00:00Z in the int64 values
    Decimal,   // exact decimal kept as its canonical text
    Bytes,     // binary, stored like String
};

QString columnTypeName(ColumnType type);

struct Field
{
    QString name;
    ColumnType type = ColumnType::String;
};

using Schema = std::vector<Field>;

// One column of a RecordBatch: a typed, column-major vector with a validity bitmap.
// The hot path appends raw bytes/numbers; no QString or QVariant per cell.
class Column
{
public:
    explicit Column(ColumnType type = ColumnType::String) : m_type(type) { m_offsets.push_back(0); }

    ColumnType type() const { return m_type; }
    std::int64_t size() const { return m_size; }

    void reserve(std::int64_t rows, std::int64_t bytes = 0);
    void clear();

    void appendNull();
    void appendText(std::string_view text)
    {
        pushValidity(true);
        m_bytes.append(text.data(), text.size());
        m_offsets.push_back(std::uint32_t(m_bytes.size()));
    }
    void appendInt(std::int64_t value)
    {
        pushValidity(true);
        m_ints.push_back(value);
    }
    void appendDouble(double value)
    {
        pushValidity(true);
        m_doubles.push_back(value);
    }

    bool isNull(std::int64_t row) const { return !(m_validity[row >> 6] >> (row & 63) & 1); }
    bool isText() const { return m_type == ColumnType::String || m_type == ColumnType::Decimal || m_type == ColumnType::Bytes; }
    std::string_view text(std::int64_t row) const
    {
        return std::string_view(m_bytes.data() + m_offsets[row], m_offsets[row + 1] - m_offsets[row]);
    }
    std::int64_t intValue(std::int64_t row) const { return m_ints[row]; }
    double doubleValue(std::int64_t row) const { return m_doubles[row]; }
    std::int64_t nullCount() const { return m_nulls; }
    std::int64_t byteSize() const { return std::int64_t(m_bytes.size()); }

    // Appends row `row` of `other`, a column of the same type.
    void appendFrom(const Column &other, std::int64_t row)
    {
        if (other.isNull(row))
            appendNull();
        else if (isText())
            appendText(other.text(row));
        else if (m_type == ColumnType::Double)
            appendDouble(other.doubleValue(row));
        else
            appendInt(other.intValue(row));
    }

    // The cell as display text, for the UI/CLI edge only (not for the hot path).
    QString displayText(std::int64_t row) const;

private:
    void pushValidity(bool valid)
    {
        if ((m_size & 63) == 0)
            m_validity.push_back(0);
        if (valid)
            m_validity.back() |= std::uint64_t(1) << (m_size & 63);
        else
            ++m_nulls;
        ++m_size;
    }

    ColumnType m_type;
    std::int64_t m_size = 0;
    std::int64_t m_nulls = 0;
    std::vector<std::uint64_t> m_validity;
    std::vector<std::int64_t> m_ints;
    std::vector<double> m_doubles;
    std::vector<std::uint32_t> m_offsets;
    std::string m_bytes;
};

// A block of rows in column-major form. Readers fill batches of thousands of rows.
struct RecordBatch
{
    std::shared_ptr<const Schema> schema;
    std::vector<Column> columns;
    std::int64_t rowCount = 0;
    std::int64_t firstRecord = 0; // 0-based record number of the first row in the stream
    // Every row's record number, kept only once the rows stop being consecutive records (a
    // reader set a bad record aside in the middle of the batch); empty otherwise.
    std::vector<std::int64_t> recordNumbers;

    std::int64_t recordNumber(std::int64_t row) const
    {
        return recordNumbers.empty() ? firstRecord + row : recordNumbers[std::size_t(row)];
    }
    // Readers call this with the record number of each row they append, before counting it.
    void noteRecord(std::int64_t number)
    {
        if (rowCount == 0) {
            firstRecord = number;
            recordNumbers.clear();
            return;
        }
        if (recordNumbers.empty()) {
            if (number == firstRecord + rowCount)
                return;
            recordNumbers.reserve(std::size_t(rowCount) * 2);
            for (std::int64_t r = 0; r < rowCount; ++r)
                recordNumbers.push_back(firstRecord + r);
        }
        recordNumbers.push_back(number);
    }

    void reset(std::shared_ptr<const Schema> newSchema);
    void clearRows();
    // Keeps only the rows whose flag is set (keep.size() == rowCount), with their record numbers.
    void keepRows(const std::vector<bool> &keep);
};

} // namespace miq
