#include "connectors/dest/filereadback.h"

#include <QDir>

#include <cstring>

namespace miq {

namespace {
constexpr qint64 chunkBytes = qint64(1) << 20;
}

FileReadBack::FileReadBack(QString path, const TargetSpec &spec, const ReadOptions &options)
    : m_path(std::move(path))
    , m_spec(spec)
    , m_options(options)
    , m_cells(std::size_t(spec.columns.size()))
{
    if (m_options.batchRows < 1)
        m_options.batchRows = 1;
    auto schema = std::make_shared<Schema>();
    for (const TargetColumn &column : spec.columns)
        schema->push_back({column.name, column.type});
    m_schema = std::move(schema);
}

FileReadBack::~FileReadBack() = default;

Status FileReadBack::open()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read '%1': %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    m_totalBytes = m_file.size();
    if (peekByte() == 0xEF) {
        const std::string_view bom = "\xEF\xBB\xBF";
        if (m_chunk.compare(m_pos, bom.size(), bom) == 0) {
            m_pos += bom.size();
            m_consumed += qint64(bom.size());
        }
    }
    return {};
}

QList<BadRecord> FileReadBack::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

bool FileReadBack::refill()
{
    if (!m_file.isOpen() || !m_readError.isEmpty())
        return false;
    m_chunk.resize(std::size_t(chunkBytes));
    const qint64 n = m_file.read(m_chunk.data(), chunkBytes);
    if (n < 0)
        m_readError = m_file.errorString();
    m_chunk.resize(std::size_t(std::max<qint64>(n, 0)));
    m_pos = 0;
    return n > 0;
}

bool FileReadBack::readLine(std::string &line)
{
    bool any = false;
    for (;;) {
        if (m_pos == m_chunk.size() && !refill())
            return any;
        any = true;
        const char *start = m_chunk.data() + m_pos;
        const std::size_t available = m_chunk.size() - m_pos;
        const auto *newline = static_cast<const char *>(std::memchr(start, '\n', available));
        const std::size_t take = newline ? std::size_t(newline - start) : available;
        line.append(start, take);
        m_pos += take;
        m_consumed += qint64(take);
        if (newline) {
            ++m_pos;
            ++m_consumed;
            return true;
        }
    }
}

bool FileReadBack::parseInto(int column, std::string_view text)
{
    QString reason;
    if (canonical::parseCell(m_spec.columns[column].type, text, m_cells[std::size_t(column)], reason))
        return true;
    m_bad.column = m_spec.columns[column].name;
    m_bad.reason = reason;
    return false;
}

Result<bool> FileReadBack::next(RecordBatch &batch)
{
    if (batch.schema != m_schema || batch.columns.size() != m_schema->size())
        batch.reset(m_schema);
    else
        batch.clearRows();
    if (m_done)
        return false;
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        return Error(tr("Reading '%1' back was cancelled.").arg(QDir::toNativeSeparators(m_path)));
    for (Column &column : batch.columns)
        column.reserve(m_options.batchRows);
    while (batch.rowCount < m_options.batchRows) {
        if (m_options.limitRows >= 0 && m_rowsReturned >= m_options.limitRows) {
            m_done = true;
            break;
        }
        for (canonical::Cell &cell : m_cells)
            cell.kind = canonical::Cell::Kind::Null;
        m_bad = BadRecord();
        Result<Record> record = readRecord();
        if (!m_readError.isEmpty()) {
            m_done = true;
            return Error(tr("Cannot read '%1': %2").arg(QDir::toNativeSeparators(m_path), m_readError));
        }
        if (!record) {
            m_done = true;
            return Error(record.error());
        }
        if (*record == Record::End) {
            m_done = true;
            break;
        }
        const qint64 number = m_recordNumber++;
        if (*record == Record::Bad) {
            m_bad.recordNumber = number;
            m_bad.location = QDir::toNativeSeparators(m_path);
            m_badRecords.append(m_bad);
            continue;
        }
        batch.noteRecord(number);
        for (std::size_t c = 0; c < m_cells.size(); ++c)
            canonical::appendCell(batch.columns[c], m_cells[c]);
        ++batch.rowCount;
        ++m_rowsReturned;
    }
    if (m_done)
        m_file.close();
    return batch.rowCount > 0;
}

} // namespace miq
