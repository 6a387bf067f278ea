#pragma once

#include "connectors/connector.h"
#include "connectors/json/jsonparser.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace miq {

// The columns of a JSON stream: the union of the flattened keys of its records in first-seen
// order, with the JSON types seen in each. Memory grows with the number of distinct keys, never
// with the number of records, and the number of columns is capped so that objects used as maps
// (keys that are ids) cannot exhaust memory.
class JsonColumns
{
public:
    static constexpr int MaxColumns = 4096;

    // Adds the keys of `record` not seen yet (up to MaxColumns) and notes the value types.
    void add(const FlatRecord &record);
    // Adds a column by name, for a resumed stream that takes its columns from the first run.
    void addName(const std::string &key);
    // The column names in order.
    const std::vector<std::string> &names() const { return m_names; }

    // The column of `key`, the `position`-th field of its record, or -1 when unknown.
    int indexOf(const std::string &key, std::size_t position) const;

    int count() const { return int(m_names.size()); }
    // Whether keys were left out because of MaxColumns.
    bool capped() const { return m_capped; }
    // "number", "string", ... or "mixed" when values of several types were seen.
    QString nativeType(int column) const;

    std::shared_ptr<const Schema> schema() const;
    QList<ColumnInfo> columnInfos() const;

private:
    std::vector<std::string> m_names;
    std::vector<unsigned> m_typeMasks; // bit per JsonType seen, nulls excluded
    std::unordered_map<std::string, int> m_index;
    // Records of one file mostly list their keys in the same order, so the column a field
    // position mapped to last time is tried before hashing the key.
    mutable std::vector<int> m_predicted;
    bool m_capped = false;
};

} // namespace miq
