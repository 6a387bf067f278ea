#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace miq {

// Moves WAL checkpoints off a bulk writer's thread. SQLite normally checkpoints inside COMMIT
// once the WAL passes 1000 pages: it copies the WAL into the database file and syncs both, so the
// writer waits for the disk at every commit. With the writer's automatic checkpoints turned off,
// this thread checkpoints (PASSIVE: never blocks the writer or readers) on a connection of its
// own after each commit, while the writer goes on inserting. SQLite's recommended arrangement for
// write-heavy WAL databases (https://sqlite.org/wal.html#application_initiated_checkpoints).
class SqliteCheckpointer
{
public:
    // Opens its own connection to `path`; if that fails the writer keeps its own checkpoints.
    explicit SqliteCheckpointer(const QString &path);
    ~SqliteCheckpointer(); // waits for a running checkpoint, then closes its connection
    SqliteCheckpointer(const SqliteCheckpointer &) = delete;
    SqliteCheckpointer &operator=(const SqliteCheckpointer &) = delete;

    bool isRunning() const { return m_db != nullptr; }
    // A commit made the WAL longer: checkpoint it when the thread is free.
    void committed();
    // Waits until the WAL holds nothing left to checkpoint (no readers permitting). SQLite starts
    // the WAL over from its beginning only when a write transaction begins on a fully
    // checkpointed WAL; the writer calls this now and then so that the WAL stays bounded.
    void waitUntilIdle();

private:
    void run();

    sqlite3 *m_db = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_pending = false; // guarded by m_mutex, as are the two below
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace miq
