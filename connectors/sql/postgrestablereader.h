#pragma once

#include "connectors/connector.h"
#include "connectors/destination.h"
#include "connectors/sql/postgressettings.h"

#include <QCoreApplication>

#include <memory>
#include <string_view>
#include <vector>

namespace miq {

class PostgresSession;

// Reads a PostgreSQL table back as batches typed like a TargetSpec (for verification of what
// PostgresDestination wrote), through COPY (SELECT ...) TO STDOUT in binary format on a libpq
// connection of its own. Every column is cast to the TargetSpec's type on the server (bigint,
// double precision, boolean, date, timestamp with time zone, text for String and Decimal, bytea),
// so a table someone created with other types reads back like one MigrateIQ created. libpq hands
// over one row at a time: memory stays bounded by one row plus one batch.
//
// Values MigrateIQ's types cannot hold ('infinity' dates and timestamps) make their row a
// BadRecord instead of a silently different value.
class PostgresTableReader final : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTableReader)

public:
    // Up to `parts` readers over disjoint ranges of heap pages (ctid ranges, a TID range scan),
    // each with its own connection, together returning every row once. Tables of fewer pages
    // than two per part are read by one reader.
    static Result<std::vector<std::unique_ptr<StreamReader>>>
    open(const PostgresSettings &settings, const TargetSpec &spec, const QString &schema,
         const QString &table, const ReadOptions &options, int parts);
    ~PostgresTableReader() override;

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;

private:
    PostgresTableReader(std::unique_ptr<PostgresSession> session, const TargetSpec &spec,
                        const ReadOptions &options, QString name);
    Status start(const QString &copySql);
    // Parses one row message (after the header); false at the trailer.
    Result<bool> appendRow(std::string_view row, RecordBatch &batch);
    Error failure(const QString &cause) const;

    std::unique_ptr<PostgresSession> m_session;
    TargetSpec m_spec;
    ReadOptions m_options;
    QString m_name; // "table 'public.t'" for messages
    std::shared_ptr<const Schema> m_schema;
    std::vector<std::string_view> m_fields;
    std::vector<char> m_nulls;
    QList<BadRecord> m_badRecords;
    qint64 m_recordNumber = 0;
    bool m_headerSeen = false;
    bool m_done = false;
};

} // namespace miq
