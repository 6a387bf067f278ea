#pragma once

#include "connectors/connector.h"
#include "connectors/sql/mariadbtypes.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

struct st_mysql_res;

namespace miq {

class MariaDbSession;

// Streams one SELECT from a MySQL / MariaDB server with mysql_use_result(): rows come off the
// socket one at a time as next() asks for them, so neither the client library nor this reader
// ever holds more than one row plus one batch, whatever the table's size. (Qt's QMYSQL driver
// always buffers the complete result with mysql_store_result(), forward-only or not.)
//
// Values arrive as the server's text and are decoded by the columns' MariaDbDecode; a row with a
// value that does not fit its column (a zero date, a tinyint(1) holding 7) becomes a BadRecord
// with the whole row as a JSON array. The reader owns its session: while a result is being
// streamed the connection can do nothing else.
class MariaDbStreamReader final : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbStreamReader)

public:
    // Runs `select`, whose result columns must be `columns` (checked by count).
    static Result<std::unique_ptr<StreamReader>> open(std::unique_ptr<MariaDbSession> session,
                                                      const QString &select, QList<MariaDbColumn> columns,
                                                      const ReadOptions &options, const QString &streamName);
    ~MariaDbStreamReader() override;

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;

private:
    MariaDbStreamReader(std::unique_ptr<MariaDbSession> session, QList<MariaDbColumn> columns,
                        const ReadOptions &options, QString streamName);
    Error failure(const QString &cause) const;
    void quarantine(char **row, const unsigned long *lengths, qint64 record, int column,
                    const QString &reason);
    void closeResult(bool drained);

    std::unique_ptr<MariaDbSession> m_session;
    QList<MariaDbColumn> m_columns;
    std::shared_ptr<const Schema> m_schema;
    ReadOptions m_options;
    QString m_streamName;
    st_mysql_res *m_result = nullptr;
    std::vector<MariaDbCell> m_cells;
    QList<BadRecord> m_badRecords;
    qint64 m_records = 0;
    bool m_done = false;
};

} // namespace miq
