#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>
#include <optional>

namespace miq {

// Waiting between requests: Retry-After, exponential backoff with jitter and a requests-per-second
// limit. Every wait sleeps in short slices and checks the cancel flag, so a cancelled run stops
// within a fraction of a second even during a long Retry-After.

// How long a Retry-After header asks to wait, in milliseconds: delta-seconds ("120") or an
// HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT", also the obsolete RFC 850 and asctime forms);
// nullopt when the value is neither. A date in the past means no wait.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// The delay before retry number `retry` (0-based): firstDelayMs doubled per retry, capped at
// MaxBackoffMs, with "equal jitter" (a random value between half and all of it) so that many
// clients failing together do not retry in lockstep.
qint64 backoffDelay(int retry, int firstDelayMs);
constexpr qint64 MaxBackoffMs = 60'000;

// Sleeps for `ms`; false when `cancel` was raised meanwhile (checked every few milliseconds).
bool sleepInterruptibly(qint64 ms, const std::atomic_bool *cancel);

inline bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Spaces request starts at least 1/rate seconds apart.
class RateLimiter
{
public:
    explicit RateLimiter(double requestsPerSecond = 0) : m_rate(requestsPerSecond) {}
    // Waits until the next request may start; false when cancelled meanwhile.
    bool wait(const std::atomic_bool *cancel);

private:
    double m_rate = 0;
    QElapsedTimer m_last;
};

} // namespace miq
