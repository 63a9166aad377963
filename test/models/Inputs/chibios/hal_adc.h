/* Stand-in for ChibiOS's os/hal/include/hal_adc.h: the conversion group
 * and the calls the model test uses, written for it. */
#ifndef TEST_CHIBIOS_HAL_ADC_H
#define TEST_CHIBIOS_HAL_ADC_H
#include "chtypes.h"
typedef struct ADCDriver ADCDriver;
typedef uint16_t adcsample_t;
typedef int32_t msg_t;
typedef void (*adccallback_t)(ADCDriver *adcp);
typedef struct {
  int circular;
  uint32_t num_channels;
  adccallback_t end_cb;
  void (*error_cb)(ADCDriver *adcp, uint32_t err);
} ADCConversionGroup;
extern ADCDriver ADCD1;
void adcStartConversion(ADCDriver *adcp, const ADCConversionGroup *grpp,
                        adcsample_t *samples, size_t depth);
void adcStopConversion(ADCDriver *adcp);
msg_t adcConvert(ADCDriver *adcp, const ADCConversionGroup *grpp,
                 adcsample_t *samples, size_t depth);
#endif
