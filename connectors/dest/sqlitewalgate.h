#pragma once

#include <condition_variable>
#include <mutex>

namespace miq {

// Lets a bulk writer start its WAL over while another connection follows its commits. SQLite
// writes a transaction's frames from the start of the WAL again only when the WAL is fully
// checkpointed and no reader holds a snapshot in it; a follower that is nearly always reading
// would keep the WAL growing with the data. Now and then the writer closes the gate: it waits
// for the follower's read transaction to end and keeps new ones out until its next transaction
// has begun on the fully checkpointed WAL (readers that begin after that read the database file
// and do not stand in the way).
class SqliteWalGate
{
public:
    // Follower: before a read transaction (waits while the gate is closed), and after it.
    void enterRead()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_closed; });
        ++m_readers;
    }
    void leaveRead()
    {
        {
            std::lock_guard lock(m_mutex);
            --m_readers;
        }
        m_changed.notify_all();
    }

    // Writer: closes the gate once no read transaction is open; open() lets readers in again.
    void close()
    {
        std::unique_lock lock(m_mutex);
        m_closed = true;
        m_changed.wait(lock, [this] { return m_readers == 0; });
    }
    void open()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = false;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_readers = 0;
    bool m_closed = false;
};

} // namespace miq
