// Stand-in for the CMSIS-RTOS v1 declarations tests use (cmsis_os.h).
typedef unsigned int uint32_t;
typedef enum { osOK = 0, osEventMessage = 0x10, osEventTimeout = 0x40 } osStatus;
typedef struct os_messageQ_cb *osMessageQId;
typedef struct {
  osStatus status;
  union { uint32_t v; void *p; } value;
} osEvent;
#define osWaitForever 0xFFFFFFFFu
osStatus osMessagePut(osMessageQId queue_id, uint32_t info, uint32_t millisec);
osEvent osMessageGet(osMessageQId queue_id, uint32_t millisec);
