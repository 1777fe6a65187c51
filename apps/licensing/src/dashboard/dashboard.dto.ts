import { ApiProperty } from '@nestjs/swagger';
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

  @ApiProperty({ type: [DashboardProductResponseDto], description: 'One card per product the account holds a subscription of' })
  products: DashboardProductResponseDto[];
}
