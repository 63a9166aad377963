// What completes what, as the analyzer decides it (issue 9): a completion
// flag or a kernel object completes the transfers of the API family whose
// callback sets or gives it, of one direction when the callback says so
// (`completes: to-device`); callbacks are followed two calls deep; a wait
// on a kernel object completes on its success branch only; an object given
// only outside callbacks is a lock; one given by a `from-interrupt` signal
// may be a completion; a start the API refuses on a busy handle
// (`fails-when-busy`) takes nothing.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%S/Inputs/scoped-completion.yaml'}]}" %s -- 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

struct port { int id; };
int sc_uart_send(struct port *p, const unsigned char *buf, unsigned n);
int sc_uart_recv(struct port *p, unsigned char *buf, unsigned n);
void sc_uart_stop(struct port *p);
void sc_uart_tx_done_cb(struct port *p);
int sc_spi_recv(struct port *p, unsigned char *buf, unsigned n);
void sc_spi_stop(struct port *p);
void sc_spi_done_cb(struct port *p);
struct sem { int count; };
void sem_give(struct sem *s);
void sem_give_isr(struct sem *s);
int sem_take(struct sem *s, unsigned timeout);
int consume(int);

struct port uart, spi;
static unsigned char tx[8], rx[8], srx[8];
static volatile int uart_tx_done, spi_done;
static struct sem tx_sem, lock, isr_sem;

void sc_uart_tx_done_cb(struct port *p) {
  uart_tx_done = 1;
  sem_give(&tx_sem);
}

static void note_spi_done(void) { spi_done = 1; }
static void finish_spi(void) { note_spi_done(); }
void sc_spi_done_cb(struct port *p) { finish_spi(); }

void release_bus(void) { sem_give(&lock); }
void dma_irq_glue(void) { sem_give_isr(&isr_sem); }

void tx_flag_does_not_complete_rx(void) {
  uart_tx_done = 0;
  sc_uart_recv(&uart, rx, sizeof rx);
  sc_uart_send(&uart, tx, sizeof tx);
  while (!uart_tx_done) {
  }
  tx[0] = 1;
  consume(rx[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  sc_uart_stop(&uart);
}

void uart_flag_does_not_complete_spi(void) {
  sc_spi_recv(&spi, srx, sizeof srx);
  while (!uart_tx_done) {
  }
  consume(srx[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'srx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  sc_spi_stop(&spi);
}

void flag_set_two_calls_deep_ok(void) {
  spi_done = 0;
  sc_spi_recv(&spi, srx, sizeof srx);
  while (!spi_done) {
  }
  consume(srx[0]);
}

void semaphore_given_by_callback_ok(void) {
  if (sc_uart_send(&uart, tx, sizeof tx) != 0)
    return;
  sem_take(&tx_sem, ~0u);
  tx[0] = 0x55;
}

void semaphore_timeout_in_flight(void) {
  if (sc_uart_send(&uart, tx, sizeof tx) != 0)
    return;
  if (sem_take(&tx_sem, 10) != 1) {
    tx[0] = 0;
    // CHECK: :[[@LINE-1]]:5: warning: write to 'tx' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
    return;
  }
  tx[1] = 0;
}

void lock_is_no_completion(void) {
  if (sc_uart_send(&uart, tx, sizeof tx) != 0)
    return;
  sem_take(&lock, ~0u);
  tx[0] = 0;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'tx' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  sc_uart_stop(&uart);
}

void given_from_interrupt_ok(void) {
  if (sc_uart_send(&uart, tx, sizeof tx) != 0)
    return;
  sem_take(&isr_sem, ~0u);
  tx[0] = 0;
}

void busy_handle_refuses_second_start(void) {
  sc_spi_recv(&spi, srx, 4);
  sc_spi_recv(&spi, srx + 4, 4);
  srx[5] = 0;
  srx[1] = 0;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'srx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  sc_spi_stop(&spi);
}

void other_direction_is_not_busy(void) {
  sc_uart_send(&uart, tx, sizeof tx);
  sc_uart_recv(&uart, rx, sizeof rx);
  consume(rx[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  sc_uart_stop(&uart);
}
