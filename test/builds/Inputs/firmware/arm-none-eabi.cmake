# CMake toolchain file of the test firmware: the compiler is fixed here, as
# firmware projects do, so a build wrapper that sets $CC does not see it.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_C_FLAGS_INIT "-mthumb -mcpu=cortex-m3 -mfix-cortex-m3-ldrd --specs=nano.specs")
set(CMAKE_ASM_FLAGS_INIT "-mthumb -mcpu=cortex-m3")
