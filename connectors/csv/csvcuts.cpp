#include "connectors/csv/csvcuts.h"

#include <algorithm>
#include <bit>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define MIQ_CUTS_SSE2 1
#endif

namespace miq {

namespace {

// How often `c` occurs in [p, end): 16 bytes a step where SSE2 exists (every x86-64 CPU).
qint64 countByte(const char *p, const char *end, char c)
{
    qint64 n = 0;
#ifdef MIQ_CUTS_SSE2
    const __m128i wanted = _mm_set1_epi8(c);
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        n += std::popcount(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, wanted))));
    }
#endif
    return n + std::count(p, end, c);
}

} // namespace

qint64 recordCutAfter(QFile &file, qint64 from, qint64 target, qint64 size, char quote)
{
    constexpr qint64 slice = 16 << 20;
    bool quoted = false;
    for (qint64 at = from; at < size;) {
        const qint64 length = std::min(slice, size - at);
        uchar *mapped = file.map(at, length);
        if (!mapped)
            return -1;
        const auto *data = reinterpret_cast<const char *>(mapped);
        qint64 i = 0;
        if (at < target) { // before the target only the parity matters
            i = std::min(length, target - at);
            if (quote && countByte(data, data + i, quote) % 2)
                quoted = !quoted;
        }
        qint64 cut = -1;
        for (; i < length; ++i) { // after it: the first line end outside quotes
            if (quote && data[i] == quote) {
                quoted = !quoted;
            } else if (data[i] == '\n' && !quoted) {
                cut = at + i + 1;
                break;
            }
        }
        file.unmap(mapped);
        if (cut >= 0)
            return cut < size ? cut : -1;
        at += length;
    }
    return -1;
}

} // namespace miq
