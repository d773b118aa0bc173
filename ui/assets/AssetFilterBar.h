#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace daicho {

class AssetFilterProxy;

// The filters above the asset table: class, subtype, priority, personal data, overdue review,
// missing owner. Follows the proxy when its filter is set from elsewhere (the overview).
class AssetFilterBar : public QWidget
{
    Q_OBJECT

public:
    AssetFilterBar(AssetFilterProxy& proxy, QWidget* parent = nullptr);

    QComboBox* classBox() const { return m_class; }
    QComboBox* subtypeBox() const { return m_subtype; }
    QComboBox* priorityBox() const { return m_priority; }
    QComboBox* personalBox() const { return m_personal; }
    QCheckBox* overdueBox() const { return m_overdue; }
    QCheckBox* missingOwnerBox() const { return m_missingOwner; }

private:
    void pushToProxy();
    void pullFromProxy();

    AssetFilterProxy& m_proxy;
    QComboBox* m_class = nullptr;
    QComboBox* m_subtype = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_personal = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_missingOwner = nullptr;
    QPushButton* m_clear = nullptr;
    bool m_pulling = false;
};

} // namespace daicho
