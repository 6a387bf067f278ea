#include "connectors/sql/mariadbstreamreader.h"

#include "connectors/sql/mariadbsession.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <mysql.h>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

constexpr qsizetype maxRawBytes = 64 * 1024;

} // namespace

MariaDbStreamReader::MariaDbStreamReader(std::unique_ptr<MariaDbSession> session,
                                         QList<MariaDbColumn> columns, const ReadOptions &options,
                                         QString streamName)
    : m_session(std::move(session))
    , m_columns(std::move(columns))
    , m_options(options)
    , m_streamName(std::move(streamName))
    , m_cells(std::size_t(m_columns.size()))
{
    auto schema = std::make_shared<Schema>();
    for (const MariaDbColumn &c : std::as_const(m_columns))
        schema->push_back({c.info.name, c.info.type});
    m_schema = std::move(schema);
    if (m_options.batchRows < 1)
        m_options.batchRows = 1;
}

MariaDbStreamReader::~MariaDbStreamReader()
{
    closeResult(m_done);
}

void MariaDbStreamReader::closeResult(bool drained)
{
    if (!m_result)
        return;
    if (!drained) {
        // Stopped early (limit reached by the caller, cancel, error): mysql_free_result() would
        // read - and throw away - every remaining row of the table first. Detaching the result
        // from the connection frees it at once; the connection, left in the middle of a result,
        // is closed with the session right after (the server sees the client go away).
        m_result->handle = nullptr;
    }
    mysql_free_result(m_result);
    m_result = nullptr;
}

Result<std::unique_ptr<StreamReader>>
MariaDbStreamReader::open(std::unique_ptr<MariaDbSession> session, const QString &select,
                          QList<MariaDbColumn> columns, const ReadOptions &options, const QString &streamName)
{
    if (!options.resumeFrom.isEmpty())
        return Error(tr("Stream '%1' of source '%2' cannot resume from a position; the run starts over.")
                         .arg(streamName, session->settings().sourceName));
    std::unique_ptr<MariaDbStreamReader> reader(
        new MariaDbStreamReader(std::move(session), std::move(columns), options, streamName));
    MYSQL *mysql = reader->m_session->handle();
    const QByteArray sql = select.toUtf8();
    if (mysql_real_query(mysql, sql.constData(), static_cast<unsigned long>(sql.size())) != 0)
        return reader->failure(reader->m_session->errorText());
    reader->m_result = mysql_use_result(mysql);
    if (!reader->m_result)
        return reader->failure(reader->m_session->errorText());
    if (mysql_num_fields(reader->m_result) != unsigned(reader->m_columns.size()))
        return reader->failure(tr("the server returned %1 columns, %2 were expected")
                                   .arg(mysql_num_fields(reader->m_result))
                                   .arg(reader->m_columns.size()));
    return std::unique_ptr<StreamReader>(std::move(reader));
}

Error MariaDbStreamReader::failure(const QString &cause) const
{
    return m_session->failure(tr("read stream '%1'").arg(m_streamName), cause);
}

QList<BadRecord> MariaDbStreamReader::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

Result<bool> MariaDbStreamReader::next(RecordBatch &batch)
{
    if (batch.schema != m_schema || batch.columns.size() != m_schema->size())
        batch.reset(m_schema);
    else
        batch.clearRows();
    if (m_done)
        return false;
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        return Error(tr("Reading stream '%1' of source '%2' was cancelled.")
                         .arg(m_streamName, m_session->settings().sourceName));
    for (Column &column : batch.columns)
        column.reserve(m_options.batchRows);
    const int columnCount = int(m_columns.size());
    while (batch.rowCount < m_options.batchRows) {
        if (m_options.limitRows >= 0 && m_records >= m_options.limitRows) {
            closeResult(false);
            m_done = true;
            break;
        }
        MYSQL_ROW row = mysql_fetch_row(m_result);
        if (!row) {
            // The end of the result, or a lost connection / server error while streaming.
            const bool failed = mysql_errno(m_session->handle()) != 0;
            const QString error = failed ? m_session->errorText() : QString();
            closeResult(!failed);
            m_done = true;
            if (failed)
                return failure(error);
            break;
        }
        const unsigned long *lengths = mysql_fetch_lengths(m_result);
        const qint64 record = m_records++;
        bool good = true;
        for (int c = 0; c < columnCount && good; ++c) {
            MariaDbCell &cell = m_cells[std::size_t(c)];
            if (!row[c]) {
                cell.kind = MariaDbCell::Kind::Null;
                continue;
            }
            QString reason;
            if (!cell.decode(m_columns[c].decode, std::string_view(row[c], lengths[c]), reason)) {
                quarantine(row, lengths, record, c, reason);
                good = false;
            }
        }
        if (!good)
            continue;
        batch.noteRecord(record);
        for (int c = 0; c < columnCount; ++c)
            m_cells[std::size_t(c)].appendTo(batch.columns[std::size_t(c)]);
        ++batch.rowCount;
    }
    return batch.rowCount > 0;
}

void MariaDbStreamReader::quarantine(char **row, const unsigned long *lengths, qint64 record, int column,
                                     const QString &reason)
{
    // The raw record is the whole row as a JSON array, so that it can be inspected and replayed;
    // binary values are written as hex ("\x0102").
    QJsonArray values;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (!row[c])
            values.append(QJsonValue::Null);
        else if (m_columns[c].decode == MariaDbDecode::Bytes || m_columns[c].decode == MariaDbDecode::Bit ||
                 m_columns[c].decode == MariaDbDecode::BitBool)
            values.append(
                QString(u"\\x"_s + QString::fromLatin1(QByteArray(row[c], qsizetype(lengths[c])).toHex())));
        else
            values.append(QString::fromUtf8(row[c], qsizetype(lengths[c])));
    }
    BadRecord bad;
    bad.recordNumber = record;
    bad.column = m_columns[column].info.name;
    bad.reason = tr("Column '%1' of stream '%2': %3").arg(bad.column, m_streamName, reason);
    bad.raw = QJsonDocument(values).toJson(QJsonDocument::Compact).left(maxRawBytes);
    m_badRecords.append(bad);
}

} // namespace miq
