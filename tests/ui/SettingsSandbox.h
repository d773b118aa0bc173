#pragma once

#include <QSettings>
#include <QTemporaryDir>

// Points QSettings at a fresh folder for one test, so tests that run side by side (ctest -j)
// neither see nor change each other's settings, nor the user's.
class SettingsSandbox
{
public:
    SettingsSandbox()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

private:
    QTemporaryDir m_dir;
};
