from typing import Optional

from sqlalchemy import CHAR, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Countries(Base):
    __tablename__ = 'countries'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='countries_pkey'),
        UniqueConstraint('iso_code', name='countries_iso_code_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    iso_code: Mapped[str] = mapped_column(CHAR(2), nullable=False)

    cities_capital_of: Mapped[list['Cities']] = relationship('Cities', foreign_keys='[Cities.capital_of]', back_populates='countries')
    cities_country_code: Mapped[list['Cities']] = relationship('Cities', foreign_keys='[Cities.country_code]', back_populates='countries_')


class Cities(Base):
    __tablename__ = 'cities'
    __table_args__ = (
        ForeignKeyConstraint(['capital_of'], ['countries.id'], deferrable=True, name='cities_capital_of_fkey'),
        ForeignKeyConstraint(['country_code'], ['countries.iso_code'], deferrable=True, initially='DEFERRED', name='cities_country_code_fkey'),
        PrimaryKeyConstraint('id', name='cities_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country_code: Mapped[str] = mapped_column(CHAR(2), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    capital_of: Mapped[Optional[int]] = mapped_column(Integer)

    countries: Mapped[Optional['Countries']] = relationship('Countries', foreign_keys=[capital_of], back_populates='cities_capital_of')
    countries_: Mapped['Countries'] = relationship('Countries', foreign_keys=[country_code], back_populates='cities_country_code')
    routes_from_city: Mapped[list['Routes']] = relationship('Routes', foreign_keys='[Routes.from_city]', back_populates='cities')
    routes_to_city: Mapped[list['Routes']] = relationship('Routes', foreign_keys='[Routes.to_city]', back_populates='cities_')


class Routes(Base):
    __tablename__ = 'routes'
    __table_args__ = (
        ForeignKeyConstraint(['from_city'], ['cities.id'], ondelete='CASCADE', match='FULL', name='routes_from_fk'),
        ForeignKeyConstraint(['to_city'], ['cities.id'], onupdate='CASCADE', deferrable=True, initially='DEFERRED', name='routes_to_fk'),
        PrimaryKeyConstraint('from_city', 'to_city', name='routes_pkey')
    )

    from_city: Mapped[int] = mapped_column(Integer, primary_key=True)
    to_city: Mapped[int] = mapped_column(Integer, primary_key=True)
    distance: Mapped[Optional[int]] = mapped_column(Integer)

    cities: Mapped['Cities'] = relationship('Cities', foreign_keys=[from_city], back_populates='routes_from_city')
    cities_: Mapped['Cities'] = relationship('Cities', foreign_keys=[to_city], back_populates='routes_to_city')
