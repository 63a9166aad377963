// Canned findings for worded.test (never compiled): what each front-end
// "reports" on a line is in that line's ANALYZER: and TIDY: comments.
void same_words(void) {
  rx[0] = 1; // ANALYZER: warning: Write to 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe.InFlightAccess] // TIDY: warning: write to 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}
void other_words(void) {
  rx[0] = 1; // ANALYZER: warning: Write to 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe.InFlightAccess] // TIDY: warning: write to 'rx' while a device-to-memory DMA transfer owns it [dmasafe-in-flight-access]
}
void acronym_kept(void) {
  send(tx, 64); // ANALYZER: warning: DMA transfer of 64 bytes by 'send' overruns 'tx', which has 32 bytes [dmasafe.TransferLength] // TIDY: warning: DMA transfer of 64 bytes by 'send' overruns 'tx', which has 32 bytes [dmasafe-transfer-length]
}
