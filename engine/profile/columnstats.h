#pragma once

#include "engine/profile/maskcounts.h"
#include "engine/profile/valueclass.h"

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace miq {

// Up to `limit` distinct example values (as read), for "values that do not fit".
struct ExampleList
{
    static constexpr std::size_t limit = 10;
    std::vector<std::string> values;

    // Called for every value that misses a type: a full list (the usual case) costs one
    // comparison here, without a call.
    void add(std::string_view text)
    {
        if (values.size() < limit)
            insert(text);
    }
    void insert(std::string_view text);
    void merge(const ExampleList &other)
    {
        for (const std::string &v : other.values)
            add(v);
    }
};

// Dates of one reading: range, and counts by year, month and weekday (exact).
struct DateStats
{
    static constexpr int firstYear = 1900;
    std::int64_t count = 0;
    std::int64_t minMicros = std::numeric_limits<std::int64_t>::max();
    std::int64_t maxMicros = std::numeric_limits<std::int64_t>::min();
    std::array<std::int64_t, 256> years{}; // firstYear .. firstYear + 255
    std::map<int, std::int64_t> otherYears;
    std::array<std::int64_t, 12> months{};
    std::array<std::int64_t, 7> weekdays{}; // Monday first
    std::int64_t before1900 = 0;
    std::int64_t future = 0;                // after the time of profiling

    void add(std::int64_t micros, std::int64_t n, std::int64_t nowMicros);
    void merge(const DateStats &other);
};

// Evidence about dates written D?M?YYYY or M?D?YYYY with one separator, kept for both readings
// until the whole column decides which one it uses.
struct OrderedDates
{
    std::int64_t dayFirstOnly = 0;   // only valid read day first (a first part above 12)
    std::int64_t monthFirstOnly = 0; // only valid read month first (a second part above 12)
    std::int64_t both = 0;           // valid either way (both parts <= 12)
    std::int64_t yearFirst = 0;      // YYYY?MM?DD with this separator: unambiguous
    DateStats dayFirst;              // every value valid read day first (yearFirst ones included)
    DateStats monthFirst;
    ExampleList notDayFirst;         // values of this layout invalid when read day first
    ExampleList notMonthFirst;

    std::int64_t validDayFirst() const { return dayFirstOnly + both + yearFirst; }
    std::int64_t validMonthFirst() const { return monthFirstOnly + both + yearFirst; }
    void merge(const OrderedDates &other);
};

// Everything about a column's non-blank values that is folded value by value (or per distinct
// value with its count): type evidence, text features, dates, semantic matches, numeric range.
// Exact counts; mergeable by addition. Moments, quantiles, distinct counts and top values are
// kept by the column state (exact map or sketches).
struct ColumnStats
{
    static constexpr std::size_t lengthSlots = 4096; // exact length counts up to here
    static constexpr int separators = 3;             // '/', '.', '-'
    static int separatorIndex(char c) { return c == '/' ? 0 : c == '.' ? 1 : 2; }
    static char separatorChar(int i) { return i == 0 ? '/' : i == 1 ? '.' : '-'; }

    std::int64_t values = 0;
    // Type evidence.
    std::int64_t boolValues = 0, integers = 0, decimals = 0, numbers = 0, finiteNumbers = 0;
    std::int64_t isoDates = 0, timestamps = 0, timestampsTz = 0, times = 0;
    bool boolWord = false;
    std::int64_t intMin = std::numeric_limits<std::int64_t>::max();
    std::int64_t intMax = std::numeric_limits<std::int64_t>::min();
    int maxIntegerDigits = 0, maxScale = 0;
    OrderedDates ordered[separators];
    ExampleList notBool, notInteger, notDecimal, notNumber, notDate, notTimestamp, notTime;
    // Numbers (finite values).
    double numberMin = std::numeric_limits<double>::infinity();
    double numberMax = -std::numeric_limits<double>::infinity();
    long double sum = 0;
    std::int64_t zeros = 0, negatives = 0;
    std::int64_t over100 = 0, over130 = 0; // for the reference ranges of percentages and ages
    // Text.
    std::vector<std::int64_t> lengths; // lengths[min(len, lengthSlots)]
    std::int64_t lengthMin = std::numeric_limits<std::int64_t>::max();
    std::int64_t lengthMax = 0;
    long double lengthSum = 0;
    std::int64_t leading = 0, trailing = 0, upper = 0, lower = 0, mixed = 0, nonAscii = 0, control = 0;
    MaskCounts masks;
    // Dates and times (ISO forms and typed columns).
    DateStats iso;
    std::int64_t timeMin = std::numeric_limits<std::int64_t>::max();
    std::int64_t timeMax = std::numeric_limits<std::int64_t>::min();
    std::vector<std::pair<std::uint32_t, std::int64_t>> formats; // DateFormat code -> count (not Ordered)
    // Semantic matches.
    std::array<std::int64_t, 16> semantic{};
    std::int64_t phoneBare = 0, postalDigits = 0, cardShape = 0, ibanShape = 0;

    ColumnStats() : lengths(lengthSlots + 1, 0) {}

    void fold(const ValueClass &value, std::int64_t n, std::string_view text, const std::string &mask,
              std::int64_t nowMicros, bool textColumn);
    void merge(const ColumnStats &other);

private:
    void addFormat(std::uint32_t code, std::int64_t n);
};

} // namespace miq
