#include "engine/sync/commitfollower.h"

#include "engine/sync/threadtraits.h"

namespace miq {

CommitFollower::CommitFollower(std::unique_ptr<CommittedRowsReader> reader, int columns)
    : m_reader(std::move(reader))
    , m_checksum(columns)
    , m_thread([this] { follow(); })
{}

CommitFollower::~CommitFollower()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CommitFollower::committed()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_commits;
    }
    m_wake.notify_all();
}

Result<TableChecksum> CommitFollower::caughtUp()
{
    {
        std::lock_guard lock(m_mutex);
        m_last = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (!m_error.isEmpty())
        return Error(m_error);
    return m_checksum;
}

void CommitFollower::follow()
{
    nameThisThread("miq-follow");
    lowerThisThreadsPriority();
    qint64 seen = 0;
    RecordBatch batch;
    for (;;) {
        bool last = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_last || m_commits != seen; });
            if (m_stop)
                return;
            seen = m_commits;
            last = m_last;
        }
        // Reads up to what is committed now; commits made meanwhile wake the next round.
        for (;;) {
            const Result<bool> more = m_reader->next(batch);
            if (!more) {
                std::lock_guard lock(m_mutex);
                m_error = more.error();
                return;
            }
            if (!*more)
                break;
            m_checksum.add(batch);
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
        }
        if (last)
            return;
    }
}

} // namespace miq
