/*
 * spi_sensor.c - a temperature sensor on SPI: a one-byte read command goes
 * out by a TX transfer, the two-byte reply comes in by an RX transfer. Both
 * buffers may live on the stack because both transfers are completed
 * before the function returns.
 *
 * Misuse examples: a CPU read of an RX buffer in flight, a stack buffer
 * whose function returns with its transfer in flight, and a transfer longer
 * than its buffer.
 */
#include "spi_sensor.h"

#include "board.h"

#include <errno.h>
#include <stdint.h>

#define SENSOR_READ_TEMPERATURE 0x05u
#define SENSOR_REPLY_BYTES 2u

/* The sensor counts half degrees, high byte first. */
static int to_decidegrees(const uint8_t reply[SENSOR_REPLY_BYTES]) {
  int half_degrees = (int)(((unsigned)reply[0] << 8) | reply[1]);
  return half_degrees * 5;
}

static int send_command(uint8_t *command) {
  *command = SENSOR_READ_TEMPERATURE;
  if (dmasafe_start_tx(&board_spi_tx, command, 1) != 0)
    return -EIO;
  return dmasafe_wait(&board_spi_tx);
}

int sensor_read_temperature(int *decidegrees) {
  uint8_t command;
  uint8_t reply[SENSOR_REPLY_BYTES];
  if (send_command(&command) != 0)
    return -EIO;
  if (dmasafe_start_rx(&board_spi_rx, reply, sizeof reply) != 0)
    return -EIO;
  /* OK: the reply is read only after the poll loop saw the transfer done. */
  while (dmasafe_is_busy(&board_spi_rx)) {
  }
  *decidegrees = to_decidegrees(reply);
  return 0;
}

int sensor_read_peeking(int *decidegrees) {
  uint8_t command;
  uint8_t reply[SENSOR_REPLY_BYTES];
  if (send_command(&command) != 0)
    return -EIO;
  if (dmasafe_start_rx(&board_spi_rx, reply, sizeof reply) != 0)
    return -EIO;
  if (reply[0] == 0xffu) /* BUG(dmasafe.InFlightAccess): CPU read of the RX buffer the engine is filling */
    return -ENODEV;
  dmasafe_wait(&board_spi_rx);
  *decidegrees = to_decidegrees(reply);
  return 0;
}

/* The reply of a read left running, for sensor_finish_read(). */
static uint8_t pending_reply[SENSOR_REPLY_BYTES];

int sensor_start_read(void) {
  uint8_t command;
  if (send_command(&command) != 0)
    return -EIO;
  /* OK: static storage may stay in flight after the function returns. */
  if (dmasafe_start_rx(&board_spi_rx, pending_reply, sizeof pending_reply) != 0)
    return -EIO;
  return 0;
}

int sensor_finish_read(int *decidegrees) {
  int err = dmasafe_wait(&board_spi_rx);
  if (err)
    return err;
  *decidegrees = to_decidegrees(pending_reply);
  return 0;
}

int sensor_start_read_into_stack(void) {
  uint8_t command;
  uint8_t reply[SENSOR_REPLY_BYTES];
  if (send_command(&command) != 0)
    return -EIO;
  if (dmasafe_start_rx(&board_spi_rx, reply, sizeof reply) != 0)
    return -EIO;
  return 0; /* BUG(dmasafe.ReleaseInFlight): 'reply' dies here while the engine writes it */
}

int sensor_read_too_long(int *decidegrees) {
  uint8_t command;
  uint8_t reply[SENSOR_REPLY_BYTES];
  if (send_command(&command) != 0)
    return -EIO;
  if (dmasafe_start_rx(&board_spi_rx, reply, 4) != 0) /* BUG(dmasafe.TransferLength): 4 bytes into a 2-byte buffer */
    return -EIO;
  dmasafe_wait(&board_spi_rx);
  *decidegrees = to_decidegrees(reply);
  return 0;
}
