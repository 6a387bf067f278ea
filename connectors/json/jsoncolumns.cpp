#include "connectors/json/jsoncolumns.h"

#include <bit>

namespace miq {

int JsonColumns::indexOf(const std::string &key, std::size_t position) const
{
    if (position < m_predicted.size()) {
        const int predicted = m_predicted[position];
        if (predicted >= 0 && m_names[std::size_t(predicted)] == key)
            return predicted;
    } else {
        m_predicted.resize(position + 1, -1);
    }
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return -1;
    m_predicted[position] = it->second;
    return it->second;
}

void JsonColumns::add(const FlatRecord &record)
{
    for (std::size_t i = 0; i < record.count; ++i) {
        const JsonField &field = record.fields[i];
        int column = indexOf(field.key, i);
        if (column < 0) {
            if (count() >= MaxColumns) {
                m_capped = true;
                continue;
            }
            column = count();
            m_names.push_back(field.key);
            m_typeMasks.push_back(0);
            m_index.emplace(field.key, column);
        }
        if (field.type != JsonType::Null)
            m_typeMasks[std::size_t(column)] |= 1u << unsigned(field.type);
    }
}

void JsonColumns::addName(const std::string &key)
{
    if (m_index.contains(key))
        return;
    if (count() >= MaxColumns) {
        m_capped = true;
        return;
    }
    m_index.emplace(key, count());
    m_names.push_back(key);
    m_typeMasks.push_back(0);
}

QString JsonColumns::nativeType(int column) const
{
    const unsigned mask = m_typeMasks[std::size_t(column)];
    if (mask == 0)
        return jsonTypeName(JsonType::Null);
    if (std::popcount(mask) > 1)
        return QStringLiteral("mixed");
    return jsonTypeName(JsonType(std::countr_zero(mask)));
}

std::shared_ptr<const Schema> JsonColumns::schema() const
{
    // Every column is text, as in CSV: the values are kept as written and the engine infers
    // types from the text, so "007" or 1e400 survive unchanged.
    auto schema = std::make_shared<Schema>();
    schema->reserve(m_names.size());
    for (const std::string &name : m_names)
        schema->push_back({QString::fromStdString(name), ColumnType::String});
    return schema;
}

QList<ColumnInfo> JsonColumns::columnInfos() const
{
    QList<ColumnInfo> infos;
    infos.reserve(qsizetype(m_names.size()));
    for (int i = 0; i < count(); ++i) {
        ColumnInfo info;
        info.name = QString::fromStdString(m_names[std::size_t(i)]);
        info.type = ColumnType::String;
        info.nativeType = nativeType(i);
        infos.append(info);
    }
    return infos;
}

} // namespace miq
