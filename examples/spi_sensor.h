/* spi_sensor.h - read a temperature sensor over SPI with DMA. */
#ifndef EXAMPLES_SPI_SENSOR_H
#define EXAMPLES_SPI_SENSOR_H

/* Reads the temperature in tenths of a degree Celsius into *decidegrees.
 * @retval 0 read; a negative errno from the runtime otherwise. */
int sensor_read_temperature(int *decidegrees);

/* Starts a read and returns at once; sensor_finish_read() completes it.
 * @retval 0 started; a negative errno otherwise. */
int sensor_start_read(void);

/* Waits for the read started by sensor_start_read().
 * @retval 0 read into *decidegrees; a negative errno otherwise. */
int sensor_finish_read(int *decidegrees);

/* The misuse examples of this file (compiled, never run; see README.md). */
int sensor_read_peeking(int *decidegrees);
int sensor_start_read_into_stack(void);
int sensor_read_too_long(int *decidegrees);

#endif /* EXAMPLES_SPI_SENSOR_H */
