from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Apple(Base):
    __tablename__ = 'apple'
    __table_args__ = (
        ForeignKeyConstraint(['berry_id'], ['berry.berry_id'], name='fk_apple_berry'),
        ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_apple_zone'),
        Index('fk_apple_berry', 'berry_id'),
        Index('fk_apple_zone', 'zone_id')
    )

    apple_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    zone_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    berry_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    berry: Mapped[Optional['Berry']] = relationship('Berry', foreign_keys=[berry_id], back_populates='apple_berry')
    zone: Mapped['Zone'] = relationship('Zone', back_populates='apple')
    berry_apple: Mapped[list['Berry']] = relationship('Berry', foreign_keys='[Berry.apple_id]', back_populates='apple')
    basket: Mapped[list['Basket']] = relationship('Basket', back_populates='apple')


class Berry(Base):
    __tablename__ = 'berry'
    __table_args__ = (
        ForeignKeyConstraint(['apple_id'], ['apple.apple_id'], name='fk_berry_apple'),
        ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_berry_zone'),
        Index('fk_berry_apple', 'apple_id'),
        Index('fk_berry_zone', 'zone_id')
    )

    berry_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    zone_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    apple_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    apple_berry: Mapped[list['Apple']] = relationship('Apple', foreign_keys='[Apple.berry_id]', back_populates='berry')
    apple: Mapped['Apple'] = relationship('Apple', foreign_keys=[apple_id], back_populates='berry_apple')
    zone: Mapped['Zone'] = relationship('Zone', back_populates='berry')


class Zone(Base):
    __tablename__ = 'zone'

    zone_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(20), nullable=False)

    apple: Mapped[list['Apple']] = relationship('Apple', back_populates='zone')
    berry: Mapped[list['Berry']] = relationship('Berry', back_populates='zone')
    crate: Mapped[list['Crate']] = relationship('Crate', back_populates='zone')


class Basket(Base):
    __tablename__ = 'basket'
    __table_args__ = (
        ForeignKeyConstraint(['apple_id'], ['apple.apple_id'], name='fk_basket_apple'),
        Index('fk_basket_apple', 'apple_id')
    )

    basket_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    apple_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    apple: Mapped['Apple'] = relationship('Apple', back_populates='basket')


class Crate(Base):
    __tablename__ = 'crate'
    __table_args__ = (
        ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_crate_zone'),
        Index('fk_crate_zone', 'zone_id')
    )

    crate_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    zone_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    zone: Mapped['Zone'] = relationship('Zone', back_populates='crate')
