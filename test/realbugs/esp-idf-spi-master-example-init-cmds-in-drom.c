// Source: espressif/esp-idf issue #551 ("SPI master sending wrong data to ILI9341-based display", fixed in the spi_master example by DRAM_ATTR)
// Codebase: ESP-IDF
// Class: unfit storage
//
// The spi_master LCD example kept its ILI9341 init sequence in a `static
// const` table and sent each command's parameters with
// spi_device_transmit(), tx_buffer pointing into the table. From
// e9c372bc2 on, the driver used DMA for these short transfers too, and the
// ESP32's SPI DMA cannot read flash (DROM), where the linker had put the
// const table: the display received garbage and stayed dark. The fix
// places the table in RAM with DRAM_ATTR (the driver later learned to copy
// non-DMA-capable buffers).
//
// RUN: %realbugs_analyze -triple riscv32-unknown-none-elf %s
// RUN: %realbugs_tidy %s -- --target=riscv32-unknown-none-elf -ffreestanding -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
// (Analyzed for riscv32, the ESP32-C3 family: this LLVM has no Xtensa target.)
// XFAIL: *
// dmasafe misses this today: [unmodelled-api] spi_device_transmit (queue + wait in one call) has no model entry, so nothing about its buffers is checked (issue 11 item 3: ESP-IDF SPI)
// dmasafe misses this today: [no-ram-requirement] the ESP-IDF model states no storage rule because current drivers copy non-DMA-capable buffers; the rule held for the IDF of this bug and still holds for drivers that do not copy

#include "driver/spi_master.h"

#define DRAM_ATTR __attribute__((section(".dram1")))
typedef struct { uint8_t cmd; uint8_t data[16]; uint8_t databytes; } lcd_init_cmd_t;

static const lcd_init_cmd_t ili_init_cmds_before_fix[] = {
    {0xCF, {0x00, 0x83, 0x30}, 3},
    {0xED, {0x64, 0x03, 0x12, 0x81}, 4},
    {0, {0}, 0xff},
};
DRAM_ATTR static const lcd_init_cmd_t ili_init_cmds_after_fix[] = {
    {0xCF, {0x00, 0x83, 0x30}, 3},
    {0xED, {0x64, 0x03, 0x12, 0x81}, 4},
    {0, {0}, 0xff},
};

void lcd_cmd(spi_device_handle_t spi, uint8_t cmd);

void lcd_init_before_fix(spi_device_handle_t spi) {
  for (int cmd = 0; ili_init_cmds_before_fix[cmd].databytes != 0xff; cmd++) {
    lcd_cmd(spi, ili_init_cmds_before_fix[cmd].cmd);
    spi_transaction_t t = {0};
    t.length = ili_init_cmds_before_fix[cmd].databytes * 8;
    t.tx_buffer = ili_init_cmds_before_fix[cmd].data;
    spi_device_transmit(spi, &t); // expected-warning{{flash}}
    // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}flash{{.*}} [dmasafe-unfit-storage]
  }
}

void lcd_init_after_fix(spi_device_handle_t spi) {
  for (int cmd = 0; ili_init_cmds_after_fix[cmd].databytes != 0xff; cmd++) {
    lcd_cmd(spi, ili_init_cmds_after_fix[cmd].cmd);
    spi_transaction_t t = {0};
    t.length = ili_init_cmds_after_fix[cmd].databytes * 8;
    t.tx_buffer = ili_init_cmds_after_fix[cmd].data;
    spi_device_transmit(spi, &t); // no-warning
  }
}
