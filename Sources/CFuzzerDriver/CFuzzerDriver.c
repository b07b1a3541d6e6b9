// Declarations only: libFuzzer supplies LLVMFuzzerRunDriver in fuzzing builds.
#include "CFuzzerDriver.h"
