#pragma once

#include "connectors/connector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace miq {

// A column of a destination table, with the type the job's full-pass inference (or the user's
// cast) chose. Batches given to Destination::write() have exactly these columns and types.
struct TargetColumn
{
    QString name;
    ColumnType type = ColumnType::String;
    int precision = 0; // Decimal: total digits; String: max length in characters (0 = unbounded)
    int scale = 0;     // Decimal: digits after the point
    bool nullable = true;
};

enum class WriteMode {
    Replace, // load into a staging table and swap it in at finish(): old data readable until then
    Append,
    Upsert, // insert or update by TargetSpec::keyColumns
};

QString writeModeName(WriteMode mode);

struct TargetSpec
{
    QString table; // table name (database destinations); ignored by file destinations
    QList<TargetColumn> columns;
    WriteMode mode = WriteMode::Append;
    QStringList keyColumns; // Upsert keys; also used to deduplicate incremental loads
};

// The rows a run has committed so far, read back while the run goes on, so that verification
// overlaps the copy instead of following it. Used on a thread of its own (not the writer's).
class CommittedRowsReader
{
public:
    virtual ~CommittedRowsReader() = default;
    // The next batch of rows committed since the last call; false (and an empty batch) once it
    // has caught up with the last commit it can see. After a later commit() it goes on from there.
    virtual Result<bool> next(RecordBatch &batch) = 0;
    // Once the destination has finished: an error unless the finished target holds exactly the
    // rows this reader returned (none added, none lost by the swap).
    virtual Status checkFinished() = 0;
};

// Where a run writes. One instance per run, used on one thread (the run's writer thread).
//
// Exactly-once contract: write() stages rows; commit(checkpoint) makes the rows written since
// the last commit durable TOGETHER WITH the checkpoint (same transaction, or file truncation on
// resume), so after a crash the destination holds exactly the rows up to lastCheckpoint().
class Destination
{
    Q_DECLARE_TR_FUNCTIONS(Destination)

public:
    virtual ~Destination() = default;

    // Whether the target can be reached at all (a database server that answers, credentials it
    // takes), checked before a run spends time reading its source; begin() connects again.
    // Destinations with nothing to reach (files) have nothing to check.
    virtual Status checkReachable() { return {}; }

    // What the destination will run to create the target, shown to the user before a run.
    virtual QString ddl(const TargetSpec &spec) const = 0;

    // Prepares the target for run `runId`. With `resume`, keeps what the interrupted run
    // committed and returns its last checkpoint (empty if it committed nothing); otherwise starts
    // the run afresh and returns an empty checkpoint.
    virtual Result<QByteArray> begin(const TargetSpec &spec, const QString &runId, bool resume) = 0;
    virtual Status write(const RecordBatch &batch) = 0;
    virtual Status commit(const QByteArray &checkpoint) = 0;
    // Completes the run: swaps the staging table in (Replace), merges (Upsert), closes files.
    virtual Status finish() = 0;
    // Gives up the run, leaving the target as it was before begin() where the mode allows.
    virtual void abort() = 0;

    // Reads the finished target back (for verification), with the TargetSpec's columns.
    virtual Result<std::unique_ptr<StreamReader>> readBack(const ReadOptions &options) = 0;
    // The same rows split over up to `parts` readers that together return each row once, so that
    // verification can read on several threads. Destinations that cannot split return one.
    virtual Result<std::vector<std::unique_ptr<StreamReader>>> readBackParts(const ReadOptions &options, int parts)
    {
        Q_UNUSED(parts);
        auto reader = readBack(options);
        if (!reader)
            return Error(reader.error());
        std::vector<std::unique_ptr<StreamReader>> readers;
        readers.push_back(std::move(*reader));
        return readers;
    }
    // For Replace runs (whose finished target holds exactly the run's rows): a reader of the rows
    // committed so far, following the commits. Called after begin(). Destinations that cannot
    // read committed rows while writing return nullptr; the run then reads the target back after
    // finish(). (PostgreSQL cannot, cheaply: a later COPY may put rows into free space left on
    // pages a follower has already read, so following by page ranges misses rows.)
    virtual std::unique_ptr<CommittedRowsReader> followCommits(const ReadOptions &options)
    {
        Q_UNUSED(options);
        return nullptr;
    }
    // Human-readable name of the target: "table 'orders' in /x/shop.sqlite", "/x/out.csv".
    virtual QString targetName() const = 0;

protected:
    // Why commit() or finish() must refuse to go on (translated), or an empty string: the run has
    // not begun, or an earlier write failed.
    static QString runRefusal(bool running, bool failed);
    // Why write() must refuse `batch` (translated, for "Cannot write <target>: ..."), or an empty
    // string: the run has not begun, an earlier write failed, or the batch's columns are not
    // exactly the spec's (count and types).
    static QString writeRefusal(bool running, bool failed, const RecordBatch &batch, const TargetSpec &spec);
};

} // namespace miq
