"""Which functions of an SDK take a buffer for a DMA transfer.

Each profile names the SDK's driver headers (globs below the SDK root) and
decides, from a prototype alone, whether the function hands memory to a DMA
engine. The rules are written from each SDK's naming conventions, so that a
new function of the same kind in a later version is counted without a
change here:

  stm32-hal  every `HAL_*_DMA` function that takes data (a pointer that is
             not the HAL handle or a config struct, or an address passed as
             an integer: DCMI's `pData`), and the DMA/MDMA drivers' own
             starts (`HAL_DMA_Start`, `HAL_DMAEx_MultiBufferStart_IT`, DMA2D's
             `HAL_DMA2D_BlendingStart`, ...).
  nrfx       the EasyDMA peripherals' functions (SPIM, SPIS, UARTE, TWIM,
             TWIS, SAADC, I2S, TDM, PDM, QSPI, PWM) that take a data
             pointer or a transfer descriptor, buffer set or sequence.
"""
import re

_HANDLE = re.compile(r"(HandleTypeDef|_t\s+const\s*\*|_t\s*\*\s*$)")
_CONFIG = re.compile(r"(InitTypeDef|ConfTypeDef|Config|_config_t|CmdTypeDef|CommandTypeDef|"
                     r"_Cmd|RegularCmd|Filter|Channel_TypeDef|TypeDef\s*\*)", re.I)
_DATA_POINTER = re.compile(r"\b(u?int(8|16|32|64)_t|void|char|nrf_saadc_value_t)\b")
_ADDRESS_NAME = re.compile(r"^(pData|SrcAddress1|SrcAddress2|Src(Address)?|Dst(Address)?|SrcAddress|DstAddress|"
                           r"SecondMemAddress|SrcAddr|DestAddr|pdata|DestAddress|"
                           r"SrcBuffer|DstBuffer|SecondMemAddress)$")


def _stm32_data_params(proto):
    out = []
    for i, p in enumerate(proto.params):
        if i == 0:
            continue  # the HAL handle
        if p.is_function_pointer:
            continue
        if p.is_pointer:
            if "HandleTypeDef" in p.type or _CONFIG.search(p.type):
                continue
            if _DATA_POINTER.search(p.type):
                out.append(i)
        elif _ADDRESS_NAME.match(p.name):
            out.append(i)
    return out


def stm32_candidate(proto):
    name = proto.name
    if not name.startswith("HAL_"):
        return False  # the drivers' internal helpers (UART_Start_Receive_DMA)
    is_dma_api = name.endswith("_DMA") or re.match(
        r"^HAL_(DMA|DMAEx|MDMA|BDMA|DMA2D)_\w*Start(_IT)?$", name)
    return bool(is_dma_api and _stm32_data_params(proto))


_NRFX_EASYDMA = ("spim", "spis", "uarte", "twim", "twis", "saadc", "i2s", "tdm",
                 "pdm", "qspi", "pwm")
_NRFX_DESCRIPTOR = re.compile(r"(xfer_desc_t|buffers_t|sequence_t)")


def _nrfx_data_params(proto):
    out = []
    for i, p in enumerate(proto.params):
        if p.is_function_pointer or "p_instance" in p.name or "config" in p.type:
            continue
        if not p.is_pointer:
            continue
        if _NRFX_DESCRIPTOR.search(p.type) or _DATA_POINTER.search(p.type):
            if p.name in ("p_context", "p_amount", "p_value", "p_event"):
                continue
            out.append(i)
    return out


def nrfx_candidate(proto):
    m = re.match(r"^nrfx_([a-z0-9]+)_", proto.name)
    if not m or m.group(1) not in _NRFX_EASYDMA:
        return False
    if re.search(r"_(init|uninit|reconfigure|irq_handler|config|get)(_|$)", proto.name):
        return False
    # QSPI custom instructions and long frame mode move their bytes through
    # the CINSTRDAT registers, not EasyDMA.
    if re.search(r"_(cinstr|lfm)_", proto.name):
        return False
    return bool(_nrfx_data_params(proto))


PROFILES = {
    "stm32-hal": {
        "headers": ["Inc/*_hal_*.h", "Inc/*_hal.h"],
        "candidate": stm32_candidate,
        "data_params": _stm32_data_params,
    },
    "nrfx": {
        "headers": ["drivers/include/nrfx_*.h"],
        "candidate": nrfx_candidate,
        "data_params": _nrfx_data_params,
    },
}


_MCUX_TRANSFER = re.compile(r"\b\w*(transfer|xfer)\w*_t\s*\*", re.I)


def _mcux_data_params(proto):
    return [i for i, p in enumerate(proto.params)
            if p.is_pointer and _MCUX_TRANSFER.search(p.type) and "config" not in p.type]


def mcux_candidate(proto):
    """An eDMA transactional transfer: `*EDMA*` with a transfer struct."""
    return "EDMA" in proto.name and bool(_mcux_data_params(proto))


PROFILES["mcux-edma"] = {
    "headers": ["drivers/*/fsl_*_edma.h"],
    "candidate": mcux_candidate,
    "data_params": _mcux_data_params,
}
