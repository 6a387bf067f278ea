// The profiler's sketches against exact computations: HyperLogLog (distinct within 2%), KLL
// (rank error below 1% in several merge orders), Space-Saving (its guarantees, also after a
// merge), the adaptive hash sample, mergeable moments, and the semantic detectors.

#include "engine/profile/hashsample.h"
#include "engine/profile/hyperloglog.h"
#include "engine/profile/kllsketch.h"
#include "engine/profile/maskcounts.h"
#include "engine/profile/moments.h"
#include "engine/profile/semanticdetectors.h"
#include "engine/profile/spacesaving.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <string>

using namespace miq;

namespace {

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Largest |estimated rank - true rank| over the percentiles, for values 0..n-1 (true rank of the
// p-quantile value v is (v + 1) / n).
double maxRankError(const KllSketch &sketch, std::int64_t n)
{
    double worst = 0;
    for (int i = 1; i < 100; ++i) {
        const double p = i / 100.0;
        const double v = sketch.quantile(p);
        worst = std::max(worst, std::abs((v + 1) / double(n) - p));
    }
    return worst;
}

} // namespace

class tst_Sketches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hyperLogLogWithin2Percent();
    void hyperLogLogMergeEqualsWhole();
    void kllRankErrorBelowOnePercent();
    void kllWeightedInsert();
    void spaceSavingGuarantees();
    void hashSampleExactThenEstimated();
    void momentsMergeEqualsTwoPass();
    void maskCountsCopiedAndMerged();
    void semanticDetectors_data();
    void semanticDetectors();
};

void tst_Sketches::hyperLogLogWithin2Percent()
{
    for (const std::uint64_t n : {100000ull, 1000000ull}) {
        HyperLogLog hll;
        for (std::uint64_t i = 0; i < n; ++i) {
            hll.add(splitmix(i));
            hll.add(splitmix(i)); // repeats change nothing
        }
        const double error = std::abs(hll.estimate() - double(n)) / double(n);
        QVERIFY2(error < 0.02, qPrintable(QStringLiteral("n=%1 estimate=%2").arg(n).arg(hll.estimate())));
    }
    HyperLogLog small;
    for (std::uint64_t i = 0; i < 1000; ++i)
        small.add(splitmix(i + 77));
    QVERIFY(std::abs(small.estimate() - 1000) < 20);
    QCOMPARE(HyperLogLog().estimate(), 0.0);
}

void tst_Sketches::hyperLogLogMergeEqualsWhole()
{
    HyperLogLog whole, a, b;
    for (std::uint64_t i = 0; i < 200000; ++i) {
        whole.add(splitmix(i));
        (i % 3 == 0 ? a : b).add(splitmix(i));
    }
    a.merge(b);
    QCOMPARE(a.estimate(), whole.estimate());
}

void tst_Sketches::kllRankErrorBelowOnePercent()
{
    constexpr std::int64_t n = 1000000;
    std::vector<double> values(n);
    std::iota(values.begin(), values.end(), 0.0);
    std::mt19937_64 random(42);
    std::shuffle(values.begin(), values.end(), random);

    KllSketch single;
    for (const double v : values)
        single.add(v);
    QCOMPARE(single.count(), std::uint64_t(n));
    QCOMPARE(single.min(), 0.0);
    QCOMPARE(single.max(), double(n - 1));
    QVERIFY2(maxRankError(single, n) < 0.01, qPrintable(QString::number(maxRankError(single, n))));
    QVERIFY(single.retained() < 5000); // bounded, not the stream

    // Ten chunks merged left to right, right to left, and as a tree.
    std::vector<KllSketch> parts(10);
    for (std::int64_t i = 0; i < n; ++i)
        parts[std::size_t(i * 10 / n)].add(values[std::size_t(i)]);
    KllSketch forward = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i)
        forward.merge(parts[i]);
    KllSketch backward = parts[9];
    for (std::size_t i = 9; i-- > 0;)
        backward.merge(parts[i]);
    std::vector<KllSketch> level = parts;
    while (level.size() > 1) {
        std::vector<KllSketch> next;
        for (std::size_t i = 0; i + 1 < level.size(); i += 2) {
            next.push_back(level[i]);
            next.back().merge(level[i + 1]);
        }
        if (level.size() % 2)
            next.push_back(level.back());
        level = next;
    }
    for (const KllSketch *s : {&forward, &backward, &level[0]}) {
        QCOMPARE(s->count(), std::uint64_t(n));
        QVERIFY2(maxRankError(*s, n) < 0.01, qPrintable(QString::number(maxRankError(*s, n))));
    }
    // rank() agrees with the definition within the same bound.
    QVERIFY(std::abs(forward.rank(499999) - 0.5) < 0.01);
}

void tst_Sketches::kllWeightedInsert()
{
    // 1000 distinct values with weights 1..1000 (500,500 items): weighted inserts behave like repeats.
    KllSketch weighted;
    std::int64_t total = 0;
    for (int v = 1; v <= 1000; ++v) {
        weighted.add(double(v), std::uint64_t(v));
        total += v;
    }
    QCOMPARE(weighted.count(), std::uint64_t(total));
    for (const double p : {0.1, 0.25, 0.5, 0.75, 0.9}) {
        const double q = weighted.quantile(p);
        // True rank of value q: sum_{v<=q} v / total.
        const double k = std::floor(q);
        const double trueRank = k * (k + 1) / 2 / double(total);
        QVERIFY2(std::abs(trueRank - p) < 0.01, qPrintable(QStringLiteral("p=%1 q=%2 rank=%3").arg(p).arg(q).arg(trueRank)));
    }
}

void tst_Sketches::spaceSavingGuarantees()
{
    // A skewed stream: value i appears about 100000/(i+1)^1.1 times, plus 20,000 singletons.
    std::vector<std::uint64_t> stream;
    std::map<std::uint64_t, std::uint64_t> truth;
    for (std::uint64_t i = 0; i < 500; ++i) {
        const auto times = std::uint64_t(100000.0 / std::pow(double(i + 1), 1.1));
        for (std::uint64_t k = 0; k < times; ++k)
            stream.push_back(i);
    }
    for (std::uint64_t i = 0; i < 20000; ++i)
        stream.push_back(1000000 + i);
    std::mt19937_64 random(7);
    std::shuffle(stream.begin(), stream.end(), random);
    SpaceSaving whole(64), left(64), right(64);
    for (std::size_t i = 0; i < stream.size(); ++i) {
        const std::uint64_t v = stream[i];
        ++truth[v];
        const std::string text = std::to_string(v);
        whole.add(splitmix(v), text);
        (i % 2 ? left : right).add(splitmix(v), text);
    }
    left.merge(right);
    const double n = double(stream.size());
    for (const SpaceSaving *s : {&whole, &left}) {
        QCOMPARE(s->total(), std::uint64_t(stream.size()));
        const auto items = s->items();
        QCOMPARE(items.size(), std::size_t(64));
        std::map<std::uint64_t, SpaceSaving::Item> byValue;
        for (const auto &item : items) {
            const std::uint64_t v = std::stoull(item.text);
            QCOMPARE(item.hash, splitmix(v));
            QVERIFY(item.count >= truth[v]);
            QVERIFY(item.count - item.error <= truth[v]);
            QVERIFY(double(item.error) <= 2 * n / 64); // a merge may double the bound
            byValue[v] = item;
        }
        for (const auto &[v, count] : truth)
            if (double(count) > 2 * n / 64)
                QVERIFY2(byValue.count(v), qPrintable(QString::number(v)));
        QCOMPARE(std::stoull(items.front().text), 0ull); // the most frequent value first
    }
}

void tst_Sketches::hashSampleExactThenEstimated()
{
    HashSample exact(1000);
    for (std::uint64_t i = 0; i < 900; ++i)
        exact.add(splitmix(i % 600));
    QVERIFY(exact.exact());
    QCOMPARE(exact.distinct(), 600.0);
    QCOMPARE(exact.duplicates(), 300.0);
    QCOMPARE(exact.singles(), 300.0);

    HashSample sampled(4096);
    HashSample a(4096), b(4096);
    // 200,000 rows, 150,000 distinct: 50,000 duplicates.
    for (std::uint64_t i = 0; i < 200000; ++i) {
        const std::uint64_t h = splitmix(i < 150000 ? i : i - 150000);
        sampled.add(h);
        (i % 2 ? a : b).add(h);
    }
    a.merge(b);
    for (const HashSample *s : {&sampled, &a}) {
        QVERIFY(!s->exact());
        QVERIFY2(std::abs(s->distinct() - 150000) / 150000 < 0.1, qPrintable(QString::number(s->distinct())));
        QVERIFY2(std::abs(s->duplicates() - 50000) / 50000 < 0.15, qPrintable(QString::number(s->duplicates())));
    }
}

void tst_Sketches::momentsMergeEqualsTwoPass()
{
    std::mt19937_64 random(3);
    std::lognormal_distribution<double> dist(3.0, 1.0);
    std::vector<double> v(100000);
    for (double &x : v)
        x = dist(random);
    double mean = 0;
    for (const double x : v)
        mean += x;
    mean /= double(v.size());
    double m2 = 0, m3 = 0, m4 = 0;
    for (const double x : v) {
        const double d = x - mean;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
    }
    Moments merged;
    for (std::size_t start = 0; start < v.size(); start += 7777)
        merged.addBatch(v.data() + start, std::min<std::size_t>(7777, v.size() - start));
    Moments repeated;
    repeated.addRepeated(2.0, 3);
    repeated.addRepeated(4.0, 1);
    QCOMPARE(repeated.mean, 2.5);
    QCOMPARE(repeated.m2, 3.0);
    const auto close = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
    QCOMPARE(merged.n, double(v.size()));
    QVERIFY(close(merged.mean, mean));
    QVERIFY(close(merged.m2, m2));
    QVERIFY(close(merged.m3, m3));
    QVERIFY(close(merged.m4, m4));
    const double n = double(v.size());
    QVERIFY(close(merged.skewness(), std::sqrt(n) * m3 / std::pow(m2, 1.5)));
    QVERIFY(close(merged.kurtosis(), n * m4 / (m2 * m2) - 3));
}

void tst_Sketches::maskCountsCopiedAndMerged()
{
    // The masks' index points into the map it belongs to: a copy must count into its own map,
    // and a merge must give the counts of one pass over everything.
    std::mt19937 random(7);
    const auto mask = [&] { return std::string(1 + random() % 6, "Aa9-"[random() % 4]) + std::to_string(random() % 40); };
    std::vector<std::string> first(20000), second(20000);
    std::generate(first.begin(), first.end(), mask);
    std::generate(second.begin(), second.end(), mask);
    std::map<std::string, std::int64_t> expectedFirst, expectedAll;
    MaskCounts a;
    for (const std::string &m : first) {
        a.add(m, 1);
        ++expectedFirst[m];
        ++expectedAll[m];
    }
    MaskCounts copy = a; // then both go on counting
    MaskCounts b;
    for (const std::string &m : second) {
        copy.add(m, 1);
        b.add(m, 1);
        ++expectedAll[m];
    }
    a.flush();
    copy.flush();
    b.flush();
    const auto counts = [](const MaskCounts &c) {
        std::map<std::string, std::int64_t> sorted(c.counts.begin(), c.counts.end());
        return sorted;
    };
    QVERIFY(expectedAll.size() < MaskCounts::limit); // nothing counted as "other"
    QCOMPARE(counts(a), expectedFirst);
    QCOMPARE(counts(copy), expectedAll);
    MaskCounts merged = a;
    merged.merge(b);
    merged.flush();
    QCOMPARE(counts(merged), expectedAll);
    merged.add(first.front(), 5); // the merged map's index finds existing masks
    merged.flush();
    QCOMPARE(merged.counts.at(first.front()), expectedAll.at(first.front()) + 5);
}

void tst_Sketches::semanticDetectors_data()
{
    QTest::addColumn<QString>("detector");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char *detector, const char *text, bool expected) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(detector), QString::fromUtf8(text))))
            << QString::fromLatin1(detector) << QString::fromUtf8(text) << expected;
    };
    row("email", "ada.lovelace@example.com", true);
    row("email", "chloé.nguyen201@orange.fr", true);
    row("email", "a+tag@sub.example.co.uk", true);
    row("email", "ada.lovelace.example.com", false);
    row("email", "ada@@example.com", false);
    row("email", "ada lovelace@example.com", false);
    row("email", "ada@example", false);
    row("email", "ada..x@example.com", false);
    row("luhn", "4111 1111 1111 1111", true);
    row("luhn", "4111-1111-1111-1112", false);
    row("luhn", "79927398713", true);
    row("luhn", "79927398710", false);
    row("card", "5500 0000 0000 0004", true);
    row("card", "5500 0000 0000-0004", false);
    row("card", "12345", false);
    row("iban", "GB82 WEST 1234 5698 7654 32", true);
    row("iban", "DE89370400440532013000", true);
    row("iban", "DE89370400440532013001", false);
    row("iban", "GB82WEST12345698765433", false);
    row("uuid", "123e4567-e89b-12d3-a456-426614174000", true);
    row("uuid", "123e4567-e89b-12d3-a456-42661417400g", false);
    row("uuid", "123e4567e89b-12d3-a456-4266141740000", false);
    row("ipv4", "192.168.0.1", true);
    row("ipv4", "255.255.255.255", true);
    row("ipv4", "256.1.1.1", false);
    row("ipv4", "01.2.3.4", false);
    row("ipv4", "1.2.3", false);
    row("ipv6", "2001:db8::1", true);
    row("ipv6", "::1", true);
    row("ipv6", "fe80::1:2:3:4", true);
    row("ipv6", "2001:0db8:0000:0000:0000:ff00:0042:8329", true);
    row("ipv6", "::ffff:192.0.2.128", true);
    row("ipv6", "2001:db8::1::2", false);
    row("ipv6", "12:34", false);
    row("ipv6", "2001:db8:::1", false);
    row("url", "https://example.com/path?q=1", true);
    row("url", "www.example.org", true);
    row("url", "http://localhost:8080/", true);
    row("url", "https://exa mple.com", false);
    row("url", "example.com", false);
    row("phone", "+1-375-997-5095", true);
    row("phone", "(943) 878-8316", true);
    row("phone", "+44 20 4540 7069", true);
    row("phone", "555-1234 ext. 12", true);
    row("phone", "12-34", false);
    row("phone", "call me", false);
    row("country", "US", true);
    row("country", "gb", true);
    row("country", "XX", false);
    row("country", "USA", false);
    row("currency", "$12.50", true);
    row("currency", "€ 1.234,00", true);
    row("currency", "12.50 USD", true);
    row("currency", "-£3", true);
    row("currency", "12.50", false);
    row("currency", "USD", false);
    row("postal", "SW1A 1AA", true);
    row("postal", "K1A 0B1", true);
    row("postal", "12345-6789", true);
    row("postal", "1234 AB", true);
    row("postal", "ABCDE", false);
}

void tst_Sketches::semanticDetectors()
{
    QFETCH(QString, detector);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    const QByteArray utf8 = text.toUtf8();
    const std::string_view t(utf8.constData(), std::size_t(utf8.size()));
    bool flag = false;
    bool result = false;
    if (detector == QLatin1String("email"))
        result = semantic::isEmail(t);
    else if (detector == QLatin1String("luhn"))
        result = semantic::luhnValid(t);
    else if (detector == QLatin1String("card"))
        result = semantic::looksLikeCard(t) && semantic::luhnValid(t);
    else if (detector == QLatin1String("iban"))
        result = semantic::ibanValid(t);
    else if (detector == QLatin1String("uuid"))
        result = semantic::isUuid(t);
    else if (detector == QLatin1String("ipv4"))
        result = semantic::isIPv4(t);
    else if (detector == QLatin1String("ipv6"))
        result = semantic::isIPv6(t);
    else if (detector == QLatin1String("url"))
        result = semantic::isUrl(t);
    else if (detector == QLatin1String("phone"))
        result = semantic::isPhone(t, flag);
    else if (detector == QLatin1String("country"))
        result = semantic::isCountryCode(t);
    else if (detector == QLatin1String("currency"))
        result = semantic::isCurrencyAmount(t);
    else if (detector == QLatin1String("postal"))
        result = semantic::isPostalCode(t, flag);
    QCOMPARE(result, expected);
}

QTEST_GUILESS_MAIN(tst_Sketches)
#include "tst_sketches.moc"
