#include "connectors/dest/sqlitecheckpointer.h"

#include "connectors/dest/sqlitesupport.h"

#include <sqlite3.h>

namespace miq {

SqliteCheckpointer::SqliteCheckpointer(const QString &path)
{
    // A connection finds out the file is in WAL mode when it first reads it; until then it
    // would take checkpoints for no-ops. The writer has switched the file to WAL before this.
    if (!sqlite::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, &m_db).isEmpty()
        || !sqlite::exec(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master")).isEmpty()) {
        sqlite::close(m_db);
        return;
    }
    m_thread = std::thread([this] { run(); });
}

SqliteCheckpointer::~SqliteCheckpointer()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    sqlite::close(m_db);
}

void SqliteCheckpointer::committed()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_wake.notify_all();
}

void SqliteCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_pending && !m_busy; });
}

void SqliteCheckpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop)
                return;
            m_pending = false;
            m_busy = true;
        }
        // PASSIVE copies what no reader still needs and returns; SQLITE_BUSY (another
        // checkpoint running) is harmless: the next commit asks again, and closing the last
        // connection checkpoints whatever is left.
        (void)sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_idle.notify_all();
    }
}

} // namespace miq
