import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuth, daysLeft } from '#common';
import { VendorCertificateResponseDto } from './mdm.dto.js';
import { EXPIRY_WARNING_DAYS, MDM_SETTINGS, type MdmSettings } from './mdm.tokens.js';

/** The back office's view of the MDM vendor certificate this process signs with. */
@ApiTags('operator: MDM')
@Controller('operator/mdm')
@OperatorAuth()
export class OperatorMdmController {
  constructor(@Inject(MDM_SETTINGS) private readonly settings: MdmSettings) {}

  @Get('vendor-certificate')
  @ApiOperation({ summary: 'The MDM vendor certificate and its expiry (operators)' })
  @ApiOkResponse({ type: VendorCertificateResponseDto })
  getVendorCertificate(): VendorCertificateResponseDto {
    const vendor = this.settings.config?.vendor;
    if (!vendor) return { configured: false, subject: null, serialNumber: null, expiresAt: null, daysLeft: null, expiresSoon: false };
    const left = daysLeft(vendor.notAfter, new Date());
    return {
      configured: true,
      subject: vendor.subject,
      serialNumber: vendor.serialNumber,
      expiresAt: vendor.notAfter.toISOString(),
      daysLeft: left,
      expiresSoon: left <= EXPIRY_WARNING_DAYS,
    };
  }
}
