#pragma once

#include "connectors/destination.h"

#include <QCoreApplication>
#include <QFile>

#include <string>

namespace miq {

// What the CSV and NDJSON destinations share: a text file written with large buffered writes,
// made durable together with the run's checkpoint, and put in place atomically at the end.
//
// While a run is going, rows go to "<path>.miq-partial"; the target itself is untouched, so a
// reader of <path> never sees a half-written file. commit(checkpoint) flushes and fsyncs the
// partial file, then atomically (temporary file + fsync + rename) writes the sidecar
// "<path>.miq-checkpoint": JSON with the run id, the mode, the partial file's size at this
// commit, the committed row count and the checkpoint (base64). Rows written after the last
// commit may reach the partial file, but begin(resume) truncates it back to the recorded size,
// so a resumed run holds exactly the committed rows: no duplicate, no gap.
//
// finish() fsyncs the partial file and
//   Replace, or Append to a missing/empty file: renames it over <path> (atomic, then the
//     directory is fsynced so the rename survives a power cut);
//   Append to an existing file: appends its bytes to <path> and fsyncs. The sidecar records the
//     target's size before the run, and a resumed run cuts <path> back to it first, so a crash
//     half-way through the append is repaired instead of doubling rows.
// and removes the sidecar. Upsert needs keys a file cannot look up: begin() refuses it.
//
// A write() whose batch cannot be formatted (a value out of range; text that is not UTF-8 for
// NDJSON) returns the error naming the record and leaves nothing of that batch: the run can go
// on. An I/O failure (full disk, no permission) fails the run: abort(), or resume anew.
//
// abort() removes the partial file and the sidecar: the target is exactly as before begin(),
// in both modes. An interrupted process never calls abort(); its files stay for resuming.
// If the recorded state cannot be used (partial file missing or shorter than recorded), resume
// starts the run over and returns an empty checkpoint, which is still exactly-once.
class FileDestination : public Destination
{
    Q_DECLARE_TR_FUNCTIONS(FileDestination)

public:
    ~FileDestination() override;

    Result<QByteArray> begin(const TargetSpec &spec, const QString &runId, bool resume) override;
    Status write(const RecordBatch &batch) override;
    Status commit(const QByteArray &checkpoint) override;
    Status finish() override;
    void abort() override;
    QString targetName() const override;

    const QString &path() const { return m_path; }
    static QString partialPath(const QString &path);
    static QString checkpointPath(const QString &path);

protected:
    explicit FileDestination(QString path);

    // "CSV", "NDJSON": for messages.
    virtual QString formatName() const = 0;
    // The bytes that start a new file (the CSV header row).
    virtual void appendPreamble(std::string &out) const = 0;
    // Whether the existing, non-empty target at path() can take appended rows of spec():
    // CSV checks the header, NDJSON the first record's keys.
    virtual Status checkAppendable() const = 0;
    // Formats every row of `batch` (already checked against spec()) onto `out`.
    virtual Status appendRows(const RecordBatch &batch, std::string &out) = 0;
    // Called by begin() once spec() is set, to precompute per-column formatting.
    virtual void prepare() {}

    const TargetSpec &spec() const { return m_spec; }
    // "Cannot write '<path>': <cause>"
    Error writeError(const QString &cause) const;
    // The error of readBack() when the run has not been finished (the target is not complete).
    Status checkReadable() const;

private:
    struct SavedState
    {
        QString runId;
        QString mode;
        qint64 partialBytes = 0;
        qint64 rows = 0;
        qint64 appendTo = -1; // the target's size before the run; -1 = the partial file replaces it
        QByteArray checkpoint;
    };

    Result<QByteArray> resumeRun();
    Status startRun();
    Status flushBuffer();
    Status writeAll(QFile &file, const char *data, qint64 size) const;
    Status syncPartial();
    Status saveState(const QByteArray &checkpoint);
    Result<SavedState> loadState() const;
    Status appendPartialToTarget();
    Status cutTarget(qint64 size);
    void closeAndDiscard();

    QString m_path;
    TargetSpec m_spec;
    QString m_runId;
    QFile m_partial;
    std::string m_buffer;
    qint64 m_rows = 0;      // written in this run, committed or not
    qint64 m_appendTo = -1; // see SavedState
    bool m_running = false;
    bool m_failed = false; // a write failed: the run can only be aborted or resumed anew
};

} // namespace miq
