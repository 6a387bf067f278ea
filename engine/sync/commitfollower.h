#pragma once

#include "connectors/destination.h"
#include "engine/sync/checksum.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace miq {

// Verification that overlaps the copy: a thread of its own reads back, through the destination's
// CommittedRowsReader, the rows each commit made durable and adds them to the destination-side
// checksum, while the writer goes on with the next batches. At the end only the rows of the last
// commit are left to read, and checkFinished() confirms the swap kept exactly those rows.
class CommitFollower
{
public:
    CommitFollower(std::unique_ptr<CommittedRowsReader> reader, int columns);
    ~CommitFollower(); // stops the thread (a run that ends early) and waits for it
    CommitFollower(const CommitFollower &) = delete;
    CommitFollower &operator=(const CommitFollower &) = delete;

    // Writer thread: a commit has made more rows durable.
    void committed();
    // Writer thread, after the last commit and before the destination finishes: waits until every
    // committed row is read, and returns their checksum (or why following failed).
    Result<TableChecksum> caughtUp();
    // After the destination finished.
    Status checkFinished() { return m_reader->checkFinished(); }

private:
    void follow();

    std::unique_ptr<CommittedRowsReader> m_reader;
    TableChecksum m_checksum;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_commits = 0; // guarded by m_mutex, as are the three below
    bool m_last = false;
    bool m_stop = false;
    QString m_error;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace miq
