#pragma once

#include <QString>

// What a program was built from: the version and the commit (git), for --version, the About
// box and the manual pages.
namespace BuildInfo {

// "0.1.0": the project's version (CMakeLists.txt).
QString version();
// The commit the program was built from ("65a5a91c3f2e", with "-dirty" when tracked files
// differed from it); empty when the build did not know (sources without git, no KNETIK_COMMIT).
QString commit();
// "0.1.0 (commit 65a5a91c3f2e)", or the version alone when the commit is not known: what
// --version prints after the program's name.
QString versionText();

} // namespace BuildInfo
