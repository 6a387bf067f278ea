#include "ui/profileoverview.h"

#include "engine/profile/profilereport.h"
#include "models/profilealertsmodel.h"
#include "models/runformat.h"
#include "ui/profilecharts.h"
#include "ui/profileheatmap.h"

#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace miq {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *below = nullptr)
{
    auto *group = new QGroupBox(title);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    if (below)
        layout->addWidget(below);
    return group;
}

// Bars are labelled with their value: rounded to what is worth reading (97.95, not 97.954545).
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString qualityColor(double score)
{
    return score >= 90 ? QStringLiteral("#3a9a5b") : score >= 70 ? QStringLiteral("#d9a21b") : QStringLiteral("#c8453b");
}

} // namespace

ProfileOverview::ProfileOverview(QWidget *parent)
    : QScrollArea(parent)
    , m_alerts(new ProfileAlertsModel(this))
    , m_summary(new QLabel)
    , m_quality(ProfileCharts::createView(220))
    , m_qualityDetails(new QLabel)
    , m_alertView(new QTreeView)
    , m_missing(ProfileCharts::createView(200))
    , m_heatmap(new ProfileHeatmap)
    , m_keys(new QLabel)
{
    m_summary->setObjectName(QStringLiteral("profileSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quality->setObjectName(QStringLiteral("qualityChart"));
    m_qualityDetails->setWordWrap(true);
    m_qualityDetails->setTextFormat(Qt::RichText);
    m_qualityDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->setObjectName(QStringLiteral("missingChart"));
    m_heatmap->setObjectName(QStringLiteral("correlationHeatmap"));
    m_keys->setWordWrap(true);
    m_keys->setTextFormat(Qt::RichText);
    m_keys->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_alertView->setObjectName(QStringLiteral("alertView"));
    m_alertView->setModel(m_alerts);
    m_alertView->setRootIsDecorated(false);
    m_alertView->setUniformRowHeights(true);
    m_alertView->setWordWrap(false);
    m_alertView->header()->setSectionResizeMode(ProfileAlertsModel::KindColumn, QHeaderView::ResizeToContents);
    m_alertView->header()->setSectionResizeMode(ProfileAlertsModel::ColumnColumn, QHeaderView::ResizeToContents);
    m_alertView->header()->setStretchLastSection(true);
    m_alertView->setMinimumHeight(200);
    connect(m_alertView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString column = index.data(ProfileAlertsModel::ProfileColumnRole).toString();
        if (!column.isEmpty())
            Q_EMIT columnActivated(column);
    });

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(box(tr("Quality scores"), m_quality, m_qualityDetails), 1, 0);
    grid->addWidget(box(tr("Alerts"), m_alertView), 1, 1);
    grid->addWidget(box(tr("Missing values per column"), m_missing), 2, 0);
    grid->addWidget(box(tr("Correlations"), m_heatmap, m_keys), 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setProfile(nullptr);
}

void ProfileOverview::setProfile(std::shared_ptr<const DatasetProfile> profile)
{
    if (!profile) {
        m_summary->setText(tr("No profile selected. Choose a stream and press Start, or pick a saved profile."));
        m_alerts->setAlerts({});
        ProfileCharts::fillEmpty(m_quality, tr("Quality"), tr("no profile"));
        m_qualityDetails->clear();
        ProfileCharts::fillEmpty(m_missing, tr("Missing values"), tr("no profile"));
        m_heatmap->setCorrelations({});
        m_keys->clear();
        return;
    }
    const DatasetProfile &p = *profile;

    // Figures as a row of tiles: big numbers first, what they mean underneath.
    auto tile = [](const QString &value, const QString &label) {
        return QStringLiteral("<td style=\"padding:4px 22px 4px 0\"><span style=\"font-size:x-large;font-weight:600\">%1"
                              "</span><br>%2</td>")
            .arg(esc(value), esc(label));
    };
    QString html = QStringLiteral("<table><tr>");
    html += tile(RunFormat::count(p.rows), tr("rows"));
    html += tile(RunFormat::count(p.columns.size()), tr("columns"));
    html += tile((p.duplicateRowsExact ? QString() : tr("≈ ")) + RunFormat::count(p.duplicateRows), tr("duplicate rows"));
    html += tile(RunFormat::count(p.badRecords), tr("malformed records set aside"));
    if (p.qualityOverall)
        html += tile(ProfileReport::number(*p.qualityOverall), tr("overall quality"));
    html += QStringLiteral("</tr></table>");
    QStringList facts;
    facts << (p.sampled ? tr("Sample of the first %1 rows").arg(RunFormat::count(p.sampleRows)) : tr("Every row read"));
    facts << tr("profiled %1 in %2").arg(QLocale().toString(p.profiledAt.toLocalTime(), QLocale::ShortFormat),
                                         RunFormat::duration(p.seconds));
    if (!p.encoding.isEmpty())
        facts << p.encoding;
    if (!p.dialect.isEmpty())
        facts << p.dialect;
    html += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
    for (const QString &note : p.sketchNotes)
        html += QStringLiteral("<p style=\"color:gray\">%1</p>").arg(esc(note));
    m_summary->setText(html);

    QList<ChartBar> quality;
    if (p.qualityOverall)
        quality.append({tr("Overall"), rounded(*p.qualityOverall, 2), ProfileReport::number(*p.qualityOverall)});
    QString details;
    for (const QualityScore &s : p.quality) {
        const QString name = ProfileReport::dimensionDisplayName(s.dimension);
        quality.append({name, rounded(s.score.value_or(0), 2), s.score ? ProfileReport::number(*s.score) : tr("does not apply")});
        details += QStringLiteral("<p><b style=\"color:%1\">%2 %3</b> — %4</p>")
                       .arg(s.score ? qualityColor(*s.score) : QStringLiteral("gray"), esc(name),
                            esc(s.score ? ProfileReport::number(*s.score) : tr("n/a")), esc(s.explanation));
    }
    if (quality.isEmpty())
        ProfileCharts::fillEmpty(m_quality, tr("Quality"), tr("no scores in this profile"));
    else
        ProfileCharts::fillHorizontal(m_quality, QString(), quality, 100,
                                      p.qualityOverall ? qualityColor(*p.qualityOverall) : QString(),
                                      ProfileCharts::Labels::Inside);
    m_qualityDetails->setText(details);

    m_alerts->setAlerts(p.alerts);

    QList<ChartBar> missing;
    for (const ProfileColumn &c : p.columns) {
        const double share = c.count > 0 ? 100.0 * double(c.nulls + c.blanks) / double(c.count) : 0;
        missing.append({c.name, rounded(share, 1),
                        tr("%1 missing (%2 null, %3 blank)")
                            .arg(ProfileReport::percent(c.nulls + c.blanks, c.count), RunFormat::count(c.nulls),
                                 RunFormat::count(c.blanks))});
    }
    if (missing.isEmpty())
        ProfileCharts::fillEmpty(m_missing, tr("Missing values"), tr("no columns"));
    else
        ProfileCharts::fillHorizontal(m_missing, tr("% of values null or blank"), missing, 0,
                                      QStringLiteral("#d9a21b"));

    m_heatmap->setCorrelations(p.correlations);
    QStringList keys;
    for (const CandidateKey &k : p.candidateKeys)
        keys << esc(k.columns.join(QStringLiteral(" + "))) + (k.exact ? QString() : esc(tr(" (estimated)")));
    QString keyText = keys.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Candidate keys:")), keys.join(QStringLiteral(", ")));
    if (!p.missingPatterns.isEmpty()) {
        keyText += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Missing together:")));
        for (int i = 0; i < p.missingPatterns.size() && i < 8; ++i) {
            const MissingPattern &m = p.missingPatterns[i];
            keyText += QStringLiteral("<li>%1 — %2</li>")
                           .arg(esc(m.columns.isEmpty() ? tr("complete rows") : m.columns.join(QStringLiteral(", "))),
                                esc(tr("%1 rows").arg(RunFormat::count(m.rows))));
        }
        keyText += QStringLiteral("</ul>");
    }
    m_keys->setText(keyText);
}

} // namespace miq
