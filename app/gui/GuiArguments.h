#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

// The command line of the desktop app:
//   command-center [--settings FILE] [--url URL] [--token TOKEN] [--api auto|legacy|v1]
//                  [--open UID|IDENTIFIER] [--tab NAME] [--screenshot FILE.png]
//                  [--screenshot-timeout SECONDS] [--size WxH] [--theme system|light|dark]
struct GuiArguments {
    QString settingsFile;
    QString url;   // --url, else $COMMAND_CENTER_URL
    QString token; // --token, else $MAINSEQUENCE_ACCESS_TOKEN
    QString api = QStringLiteral("auto");
    QString open;
    QString tab;
    QString screenshot;
    int screenshotTimeoutMs = 0; // 0: the settings' default
    QSize size;
    QString theme;
    bool help = false;
    bool version = false;
};

// Fills `out` from `arguments` (argv, program name first). Returns an empty string on
// success, else one sentence saying what is wrong. `tabIds` are the valid --tab names.
QString parseGuiArguments(const QStringList& arguments, const QStringList& tabIds,
                          GuiArguments* out);
QString guiUsage();
// The --settings FILE of `arguments` (empty when absent or unreadable), looked at before the
// full parse so that the language setting applies to every text, the help included.
QString settingsFileArgument(const QStringList& arguments);
