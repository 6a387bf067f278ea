#pragma once

#include "connectors/connectorspec.h"
#include "connectors/recordbatch.h"
#include "connectors/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace miq {

// Everything a connector instance needs: the non-secret values from the workspace and the
// secret values fetched from the keychain (never persisted together).
struct ConnectionSettings
{
    QString sourceName;            // for messages: "source 'Sales DB'"
    QVariantMap values;            // keyed by ConfigField::key
    QHash<QString, QString> secrets; // keyed by ConfigField::key

    QString value(const QString &key, const QString &fallback = QString()) const
    {
        const QVariant v = values.value(key);
        return v.isValid() && !v.toString().isEmpty() ? v.toString() : fallback;
    }
};

struct ColumnInfo
{
    QString name;
    ColumnType type = ColumnType::String;
    QString nativeType; // as the source names it: "varchar(40)", "INTEGER", "text"
    bool nullable = true;
    bool primaryKey = false;
};

// A readable unit of a source: a file, a table, a view, a query.
struct StreamInfo
{
    enum class Kind { File, Table, View, Query };

    QString name; // stream identifier passed to openStream()
    Kind kind = Kind::File;
    QList<ColumnInfo> columns;
    std::optional<qint64> rowEstimate;
    std::optional<qint64> sizeBytes;
    QString detail; // e.g. "UTF-8, ',' delimited, header row" or "3 files"
    // The source enforces each column's declared type (a database server): every value the
    // reader delivers has the column's ColumnType, so a sync need not read the stream once more
    // to infer types. False for text sources and for SQLite, whose declared types are advice.
    bool typed = false;
};

QString streamKindName(StreamInfo::Kind kind);

// A record the reader could not turn into a row. Never dropped: callers quarantine it.
struct BadRecord
{
    qint64 recordNumber = 0; // 0-based record index in the stream
    qint64 line = 0;         // 1-based line where the record starts (0 when not a text source)
    QString location;        // e.g. the file name of a multi-file stream
    QString column;          // the offending column, when one
    QString reason;          // translated
    QByteArray raw;          // the raw bytes as read (truncated to a bounded size)
};

struct ReadOptions
{
    int batchRows = 8192;
    qint64 limitRows = -1; // -1 = all
    const std::atomic_bool *cancel = nullptr; // checked between batches
    // Continue after the batch whose resumeToken() this is (empty = from the start). Readers that
    // cannot resume return an error from openStream() when given one.
    QByteArray resumeFrom;
    // Incremental reads: only rows with cursorColumn >= cursorLowerBound (inclusive: rows equal
    // to the last run's maximum are read again and the engine deduplicates them by key), in
    // ascending cursorColumn order. An empty bound reads every row, ordered. The bound is the
    // value's text ('2024-05-01T12:00:00Z', '1042'), converted by the source to the column's type.
    // Database readers that can push this into their query (PostgreSQL, with a bound parameter)
    // do; the others ignore both fields and the engine filters the rows itself.
    QString cursorColumn;
    QString cursorLowerBound;
};

// Reads one stream as record batches. Lives on one thread (the caller's).
class StreamReader
{
public:
    virtual ~StreamReader() = default;

    virtual std::shared_ptr<const Schema> schema() const = 0;
    // Fills `batch` with up to ReadOptions::batchRows rows; returns false at the end of the stream.
    virtual Result<bool> next(RecordBatch &batch) = 0;
    // Bad records met since the last call.
    virtual QList<BadRecord> takeBadRecords() { return {}; }
    // Progress: bytes consumed so far and in total (-1 when unknown).
    virtual qint64 bytesRead() const { return -1; }
    virtual qint64 totalBytes() const { return -1; }
    // An opaque position just after the last batch returned by next(), to pass as
    // ReadOptions::resumeFrom; empty when this reader cannot resume (a run then starts over).
    virtual QByteArray resumeToken() const { return {}; }
};

// One configured connection. Created per use, used on a single thread; database connectors open
// their own QSqlDatabase connection named after the thread.
class Connector
{
public:
    virtual ~Connector() = default;

    // Tries the connection and returns a short summary of what was found ("12 tables").
    virtual Result<QString> checkConnection() = 0;
    virtual Result<QList<StreamInfo>> discover() = 0;
    virtual Result<std::unique_ptr<StreamReader>> openStream(const QString &stream,
                                                              const ReadOptions &options) = 0;
    // Up to `parts` readers over disjoint parts of a stream that together return each row once
    // (e.g. ranges of a table's integer primary key), to be read in parallel: each reader may be
    // moved to a thread of its own and used there only. Connectors that cannot split a stream
    // return one reader, which this default does. Record numbers and resume tokens are per part.
    virtual Result<std::vector<std::unique_ptr<StreamReader>>> openStreamParts(const QString &stream,
                                                                                const ReadOptions &options,
                                                                                int parts)
    {
        Q_UNUSED(parts);
        auto reader = openStream(stream, options);
        if (!reader)
            return Error(reader.error());
        std::vector<std::unique_ptr<StreamReader>> readers;
        readers.push_back(std::move(*reader));
        return readers;
    }
};

} // namespace miq
