#pragma once

#include "engine/profile/profile.h"

#include <QScrollArea>

#include <memory>

class QChartView;
class QLabel;
class QTreeView;

namespace miq {

class ProfileAlertsModel;
class ProfileHeatmap;

// The overview tab of the profiling pane: the figures of the whole stream (rows, columns,
// duplicate rows, records set aside), the quality scores as a bar chart with their explanations,
// the alerts, the share of missing values per column, the correlation heatmap, candidate keys and
// the most frequent missing-value patterns.
class ProfileOverview : public QScrollArea
{
    Q_OBJECT

public:
    explicit ProfileOverview(QWidget *parent = nullptr);

    // nullptr clears it.
    void setProfile(std::shared_ptr<const DatasetProfile> profile);
    ProfileAlertsModel *alertsModel() const { return m_alerts; }

Q_SIGNALS:
    // The user activated an alert about a column.
    void columnActivated(const QString &column);

private:
    ProfileAlertsModel *m_alerts;
    QLabel *m_summary;
    QChartView *m_quality;
    QLabel *m_qualityDetails;
    QTreeView *m_alertView;
    QChartView *m_missing;
    ProfileHeatmap *m_heatmap;
    QLabel *m_keys;
};

} // namespace miq
