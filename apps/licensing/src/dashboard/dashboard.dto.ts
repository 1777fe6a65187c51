import { ApiProperty } from '@nestjs/swagger';
import { MDM_UNAVAILABLE_REASONS, type MdmUnavailableReason } from '../mdm/mdm.service.js';
import { ProductResponseDto } from '../shared/subscription.dto.js';

export class DashboardLinksResponseDto {
  @ApiProperty({ example: '/accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/subscriptions?productId=6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d&status=active' })
  subscriptions: string;

  @ApiProperty({ example: '/accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/products/6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d/downloads' })
  downloads: string;

  @ApiProperty({ example: '/accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/support' })
  support: string;

  @ApiProperty({ example: 'https://support.vendor.example/mac-management', nullable: true, type: String, description: 'The product\'s support web page' })
  supportPage: string | null;

  @ApiProperty({
    example: '/accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/installations',
    description: 'The registered proxy servers (activation service)',
  })
  proxyServers: string;

  @ApiProperty({
    example: '/accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/offline',
    nullable: true,
    type: String,
    description:
      'Where offline request files are uploaded (activation service: `…/activation-requests`, `…/refresh-requests`, `…/deactivation-requests` below it); null while offline operations are off for the account',
  })
  offlineOperations: string | null;

  @ApiProperty({
    example: '/accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/mdm/push-certificate-requests',
    description: 'The MDM push certificate requests: `POST` signs a CSR (only when `mdmSigning.available`), `GET` lists the signings',
  })
  mdmPushCertificate: string;
}

export class MdmSigningAvailabilityDto {
  @ApiProperty({ example: true, description: 'Whether a CSR would be signed now (so the portal offers the button)' })
  available: boolean;

  @ApiProperty({
    enum: [...MDM_UNAVAILABLE_REASONS, null],
    nullable: true,
    example: null,
    description: 'Why not: the code signing would answer (MDM_NOT_CONFIGURED and MDM_VENDOR_CERTIFICATE_EXPIRED: 503; SUBSCRIPTION_REQUIRED: 403)',
  })
  reason: MdmUnavailableReason | null;
}

export class DashboardProductResponseDto {
  @ApiProperty({ type: ProductResponseDto })
  product: ProductResponseDto;

  @ApiProperty({ example: 50, description: 'Sum of the quantities of active, unexpired subscriptions' })
  licensedComputers: number;

  @ApiProperty({ example: 1 })
  activeSubscriptions: number;

  @ApiProperty({ example: 2, description: 'Every subscription of the product, whatever its status' })
  allSubscriptions: number;

  @ApiProperty({ example: 1, description: 'Active installations (proxy servers) using the product\'s keys' })
  registeredProxyServers: number;

  @ApiProperty({ example: false })
  offlineOperationsEnabled: boolean;

  @ApiProperty({ type: DashboardLinksResponseDto })
  links: DashboardLinksResponseDto;
}

export class DashboardResponseDto {
  @ApiProperty({ example: '9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21', format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: '19240-41140' })
  supportCode: string;

  @ApiProperty({ type: MdmSigningAvailabilityDto, description: 'MDM push certificate signing, for the MDM certificate row of every card' })
  mdmSigning: MdmSigningAvailabilityDto;

  @ApiProperty({ type: [DashboardProductResponseDto], description: 'One card per product the account holds a subscription of' })
  products: DashboardProductResponseDto[];
}
